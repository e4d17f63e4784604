// Pooled token randomness: right length, never repeated across pool refills, bad sizes refused.
import { randomBase64url } from "../../../../functions/verification/tokens/token-entropy";

it("hands out base64url text of the requested size, unique across many pool refills", () => {
  const seen = new Set<string>();
  // 16 + 32 bytes per login; 20,000 logins cross the 4 KiB pool a few hundred times.
  for (let i = 0; i < 20000; i++) {
    for (const [bytes, length] of [
      [16, 22],
      [32, 43],
    ]) {
      const text = randomBase64url(bytes);
      expect(text).toHaveLength(length);
      seen.add(text);
    }
  }
  expect(seen.size).toBe(40000);
});

it("looks uniformly random: every base64url character shows up at about the same rate", () => {
  const counts = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < 6000; i++) {
    // 15 bytes = 20 characters with no padding bits: each character is 6 uniform bits.
    for (const ch of randomBase64url(15)) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      total += 1;
    }
  }
  expect(counts.size).toBe(64);
  for (const count of counts.values()) {
    expect(count).toBeGreaterThan((total / 64) * 0.8);
    expect(count).toBeLessThan((total / 64) * 1.2);
  }
});

it("refuses sizes it cannot serve", () => {
  for (const bytes of [0, -1, 1.5, 257, NaN]) expect(() => randomBase64url(bytes)).toThrow(RangeError);
});

// Pure domain pieces: phone normalisation and masking, code generation and hashing, Shanghai days.
import { maskPhoneNumber, normalisePhoneNumber } from "../../../functions/verification/service/phone-number";
import { secondsUntilShanghaiMidnight, shanghaiDayStamp } from "../../../functions/verification/service/shanghai-day";
import { hashVerificationCode, randomVerificationCode } from "../../../functions/verification/service/verification-code";

describe("normalisePhoneNumber", () => {
  it.each([
    ["8613800138000", "+8613800138000"],
    ["+8613800138000", "+8613800138000"],
    ["+86 138-0013-8000", "+8613800138000"],
    ["0086 138 0013 8000", "+8613800138000"],
    ["(+86) 138.0013.8000", "+8613800138000"],
    ["85251234567", "+85251234567"],
    ["+886912345678", "+886912345678"],
    ["+853 6612 3456", "+85366123456"],
  ])("%s → %s", (input, expected) => expect(normalisePhoneNumber(input)).toBe(expected));

  it.each(["13800138000", "861062345678", "+86", "abc", "", "+8613800138000000", "+85221234567", "+447400123456"])("rejects %s", (input) =>
    expect(normalisePhoneNumber(input)).toBeUndefined(),
  );
});

it("masks all but the country/operator prefix and the last four digits", () => {
  expect(maskPhoneNumber("+8613800138000")).toBe("86138****8000");
  expect(maskPhoneNumber("+85251234567")).toBe("85251****4567");
});

it("draws six-digit codes including leading zeros", () => {
  const codes = Array.from({ length: 2000 }, randomVerificationCode);
  expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
  expect(codes.some((c) => c.startsWith("0"))).toBe(true);
  expect(new Set(codes).size).toBeGreaterThan(1900);
});

it("binds the code hash to pepper and phone", () => {
  const base = hashVerificationCode("pepper-aaaaaaaaaaaaaaaa", "+8613800138000", "123456");
  expect(base).toMatch(/^[0-9a-f]{64}$/);
  expect(hashVerificationCode("pepper-bbbbbbbbbbbbbbbb", "+8613800138000", "123456")).not.toBe(base);
  expect(hashVerificationCode("pepper-aaaaaaaaaaaaaaaa", "+8613900139000", "123456")).not.toBe(base);
});

it("counts calendar days in Asia/Shanghai (UTC+8, no DST)", () => {
  expect(shanghaiDayStamp(new Date("2026-03-10T15:59:59Z"))).toBe("20260310");
  expect(shanghaiDayStamp(new Date("2026-03-10T16:00:00Z"))).toBe("20260311");
  expect(shanghaiDayStamp(new Date("2026-12-31T16:30:00Z"))).toBe("20270101");
  expect(secondsUntilShanghaiMidnight(new Date("2026-03-10T15:59:00Z"))).toBe(60);
  expect(secondsUntilShanghaiMidnight(new Date("2026-03-10T16:00:00Z"))).toBe(86400);
});

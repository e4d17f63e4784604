// Pure domain pieces: phone validation, served regions and masking, code generation and hashing, Shanghai days.
import { checkPhoneNumber, isKnownPhoneRegion, maskPhoneNumber } from "../../../functions/verification/service/phone-number";
import { secondsUntilShanghaiMidnight, shanghaiDayStamp } from "../../../functions/verification/service/shanghai-day";
import { createHmac } from "node:crypto";
import { hashVerificationCode, randomVerificationCode } from "../../../functions/verification/service/verification-code";

const greaterChina = ["CN", "HK", "MO", "TW"];

describe("checkPhoneNumber", () => {
  it.each([
    ["8613800138000", "+8613800138000", "CN"],
    ["+8613800138000", "+8613800138000", "CN"],
    ["+86 138-0013-8000", "+8613800138000", "CN"],
    ["0086 138 0013 8000", "+8613800138000", "CN"],
    ["(+86) 138.0013.8000", "+8613800138000", "CN"],
    ["13800138000", "+8613800138000", "CN"],
    ["138-0013-8000", "+8613800138000", "CN"],
    ["85251234567", "+85251234567", "HK"],
    ["+886912345678", "+886912345678", "TW"],
    ["+853 6612 3456", "+85366123456", "MO"],
  ])("serves %s as %s (%s) when Greater China is allowed", (input, e164, region) =>
    expect(checkPhoneNumber(input, greaterChina)).toEqual({ kind: "served", e164, region }),
  );

  it.each([
    "861062345678",
    "+86",
    "abc",
    "",
    "+8613800138000000",
    "+85221234567",
    "12000138000",
    "1380013800",
    "+80012345678",
    "+88212345678",
  ])("rejects %s as not a valid mobile number", (input) =>
    expect(checkPhoneNumber(input, greaterChina)).toEqual({ kind: "invalid" }),
  );

  it.each([
    ["+85251234567", ["CN"], "HK"],
    ["8613800138000", ["HK", "MO", "TW"], "CN"],
    ["+447400123456", greaterChina, "GB"],
    ["+77012345678", ["RU"], "KZ"],
  ])("refuses the valid mobile %s when only %j is served, naming its region %s", (input, allowed, region) => {
    const checked = checkPhoneNumber(input, allowed);
    expect(checked).toMatchObject({ kind: "notServed", region });
  });

  it("serves any region in the metadata once it is allowed", () => {
    expect(checkPhoneNumber("+447400123456", ["GB"])).toEqual({ kind: "served", e164: "+447400123456", region: "GB" });
    expect(checkPhoneNumber("+4915123456789", ["DE"])).toEqual({ kind: "served", e164: "+4915123456789", region: "DE" });
    expect(checkPhoneNumber("+12025550123", ["US"])).toEqual({ kind: "served", e164: "+12025550123", region: "US" });
  });

  it("reads a bare 11-digit mainland mobile as +86 only when CN is allowed", () => {
    expect(checkPhoneNumber("13800138000", ["CN"])).toEqual({ kind: "served", e164: "+8613800138000", region: "CN" });
    expect(checkPhoneNumber("13800138000", ["HK", "MO", "TW"])).toEqual({ kind: "invalid" });
    // Without CN the same digits are "country code + number": +1 301 234 5678, a US number.
    expect(checkPhoneNumber("13012345678", ["US"])).toEqual({ kind: "served", e164: "+13012345678", region: "US" });
    expect(checkPhoneNumber("13012345678", ["CN", "US"])).toEqual({ kind: "served", e164: "+8613012345678", region: "CN" });
    // Not a mainland mobile, so still read as country code + number even with CN allowed.
    expect(checkPhoneNumber("12025550123", ["CN", "US"])).toEqual({ kind: "served", e164: "+12025550123", region: "US" });
    // An explicit international prefix is never re-read as mainland.
    expect(checkPhoneNumber("+13012345678", ["CN", "US"])).toEqual({ kind: "served", e164: "+13012345678", region: "US" });
  });
});

it("knows the regions libphonenumber-js has numbering data for", () => {
  for (const code of ["CN", "HK", "MO", "TW", "GB", "US", "XK"]) expect(isKnownPhoneRegion(code)).toBe(true);
  for (const code of ["UK", "EU", "ZZ", "cn", "001", "", "__proto__", "toString"]) expect(isKnownPhoneRegion(code)).toBe(false);
});

it.each([
  ["+8613800138000", "8613******000"],
  ["+85251234567", "85251****67"],
  ["+85366123456", "85366****56"],
  ["+886912345678", "88691*****78"],
  ["+447400123456", "4474*****456"],
  ["+12025550123", "120*****123"],
  ["+4915123456789", "4915******789"],
])("masks %s as %s: country code, then at least half of the national number hidden", (e164, masked) => {
  expect(maskPhoneNumber(e164)).toBe(masked);
});

it("hides at least half of the national number at every length", () => {
  // Valid mobiles with national numbers of 7 to 12 digits.
  for (const e164 of [
    "+6831234567",
    "+6767012345",
    "+85251234567",
    "+886912345678",
    "+8613800138000",
    "+4915123456789",
    "+43664123456789",
  ]) {
    const countryCode = maskPhoneNumber(e164).match(/^\d+/)?.[0] ?? "";
    const national = e164.length - 1 - countryCode.length;
    const hidden = (maskPhoneNumber(e164).match(/\*/g) ?? []).length;
    expect(hidden * 2).toBeGreaterThanOrEqual(national);
    expect(countryCode.length + national - hidden).toBe(maskPhoneNumber(e164).replace(/\*/g, "").length);
  }
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
  // The cached key object must not change what is stored: codes issued before a deploy still verify.
  expect(base).toBe(createHmac("sha256", "pepper-aaaaaaaaaaaaaaaa").update("+8613800138000:123456").digest("hex"));
  expect(hashVerificationCode("pepper-bbbbbbbbbbbbbbbb", "+8613800138000", "123456")).toBe(
    createHmac("sha256", "pepper-bbbbbbbbbbbbbbbb").update("+8613800138000:123456").digest("hex"),
  );
});

it("counts calendar days in Asia/Shanghai (UTC+8, no DST)", () => {
  expect(shanghaiDayStamp(new Date("2026-03-10T15:59:59Z"))).toBe("20260310");
  expect(shanghaiDayStamp(new Date("2026-03-10T16:00:00Z"))).toBe("20260311");
  expect(shanghaiDayStamp(new Date("2026-12-31T16:30:00Z"))).toBe("20270101");
  expect(secondsUntilShanghaiMidnight(new Date("2026-03-10T15:59:00Z"))).toBe(60);
  expect(secondsUntilShanghaiMidnight(new Date("2026-03-10T16:00:00Z"))).toBe(86400);
});

// The runtime secret field `testNumberCodes`: the fixed codes of an environment's test numbers
// (app-store review accounts, end-to-end tests), written by Terraform from one random_password per
// number (infra/constructs/test-number-codes.ts) as
//
//   "+8613800138000=482913,+8613900139000=102938"
//
// i.e. comma-separated `<E.164 number>=<6-digit code>` pairs — one line an operator can read in
// the Secrets Manager console. The set of test numbers is the set of keys here: the function's
// environment does not list them again, so a number can never be a test number without a code.
// Problems name the entry's position, never a number or a code.

// The code has the environment's code length (4–8 digits, CODE_LENGTH; 6 unless set).
const entryPattern = /^\+[1-9]\d{5,14}=\d{4,8}$/;

export type TestNumberCodes = ReadonlyMap<string, string>;

/** Parses the field; "" (no test numbers) is an empty map. */
export function parseTestNumberCodes(text: string): { ok: true; codes: TestNumberCodes } | { ok: false; problem: string } {
  const codes = new Map<string, string>();
  if (text.trim() === "") return { ok: true, codes };
  const entries = text.split(",").map((entry) => entry.trim());
  for (const [index, entry] of entries.entries()) {
    if (!entryPattern.test(entry)) {
      return { ok: false, problem: `entry ${index + 1} is not <E.164 number>=<4- to 8-digit code>` };
    }
    const [phone, code] = entry.split("=") as [string, string];
    if (codes.has(phone)) return { ok: false, problem: `entry ${index + 1} repeats a number` };
    codes.set(phone, code);
  }
  return { ok: true, codes };
}

/** The `check` of the layout's field rule: a problem description without any value, or undefined. */
export function checkTestNumberCodes(text: string): string | undefined {
  const parsed = parseTestNumberCodes(text);
  return parsed.ok ? undefined : parsed.problem;
}

// TestNumberCodes: one generated fixed code per test number of the environment (app-store review
// accounts, end-to-end tests), as random_password resources — numeric, the function's code length —
// so a code exists only in state and in the function's Secrets Manager secret (field
// testNumberCodes, format in functions/verification/secrets/test-number-codes.ts), never in source,
// synthesized JSON, plan output (random_password results are sensitive) or the function's
// environment. Operators read the codes in the Secrets Manager console (docs/abuse-protection.md).
// Removing a number from the table destroys its code; re-adding it generates a new one.
import { Password } from "../framework";
import { Construct } from "constructs";
import { codeLength } from "../../functions/verification/settings";

export interface TestNumberCodesProps {
  /** E.164 numbers, validated by the environment table. */
  numbers: readonly string[];
  /** Digits of each code: the environment's limits.codeLength (default 6). */
  codeLength?: number;
}

export class TestNumberCodes extends Construct {
  /** Password resource per number. */
  readonly codes: ReadonlyMap<string, Password>;

  constructor(scope: Construct, id: string, props: TestNumberCodesProps) {
    super(scope, id);
    const codes = new Map<string, Password>();
    for (const number of props.numbers) {
      codes.set(
        number,
        new Password(this, `code-${number.slice(1)}`, {
          length: props.codeLength ?? codeLength,
          numeric: true,
          lower: false,
          upper: false,
          special: false,
        }),
      );
    }
    this.codes = codes;
  }

  /** "+8613800138000=${random_password.….result},…": references only, for the runtime secret. */
  get secretValue(): string {
    return [...this.codes].map(([number, password]) => `${number}=${password.result}`).join(",");
  }
}

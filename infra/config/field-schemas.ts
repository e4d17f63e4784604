// Small classic-zod building blocks for the environment table's own fields, each carrying the
// message a user sees when the field is wrong ("must be an integer from 1 to 5, got 6"). The
// wording comes from the functions' settings kit, whose (zod/mini) schemas the table embeds for
// the settings a function reads, so both kinds of field speak alike.
import { z } from "zod";
import { expecting } from "../../functions/shared/settings/field-schemas";
import { SCF_MEMORY_RANGE } from "./tencentcloud-catalog";

export { expecting, showValue } from "../../functions/shared/settings/field-schemas";

export function integerIn(min: number, max: number) {
  const error = expecting(`must be an integer from ${min} to ${max}`);
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** Tencent's 0/1 switches (international, signPurpose). */
export function zeroOrOne() {
  return z.literal([0, 1], { error: expecting("must be an integer from 0 to 1") });
}

export function nonEmptyString() {
  const error = expecting("must be a non-empty string");
  return z.string({ error }).refine((s) => s.trim() !== "", { error });
}

export function booleanFlag() {
  return z.boolean({ error: expecting("must be true or false") });
}

/** One of a fixed list of strings, listed in the message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: expecting(`must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}`) });
}

/** One of a catalogue's strings (regions, runtimes), listed in the message. */
export function catalogued(what: string, values: readonly string[]) {
  const error = expecting(`must be ${what}: one of ${values.join(", ")}`);
  return z.string({ error }).refine((v) => values.includes(v), { error });
}

export function matching(pattern: RegExp, expectation: string) {
  const error = expecting(expectation);
  return z.string({ error }).regex(pattern, { error });
}

/** SCF function memory: 64 MB or a multiple of 128 MB up to the account limit. */
export function scfMemoryMb() {
  const error = expecting(`must be 64 or a multiple of 128 up to ${SCF_MEMORY_RANGE.max}`);
  return z
    .number({ error })
    .refine((m) => m >= SCF_MEMORY_RANGE.min && m <= SCF_MEMORY_RANGE.max && (m === 64 || m % 128 === 0), { error });
}

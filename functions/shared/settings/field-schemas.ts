// Small zod building blocks for settings, each carrying the message a user sees when the field is
// wrong ("must be an integer from 1 to 5, got 6"), so the schemas read as the rules and every
// message has the same shape. Built on `zod/mini` (tree-shakable: ~7 KB gzipped in the function
// bundle instead of ~90 KB for classic zod); the environment table embeds these schemas in its
// classic-zod objects, which accept any zod 4 schema.
import * as z from "zod/mini";

/** The part of a zod issue our messages use: the offending value (parsed with reportInput). */
interface IssueWithInput {
  input?: unknown;
}

/** Renders a value for a message; long values are cut so one bad field cannot flood the output. */
export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** An error function saying what the field must be, and what it got (or that it is missing). */
export function expecting(expectation: string): (issue: IssueWithInput) => string {
  return (issue) => (issue.input === undefined ? `is required: ${expectation}` : `${expectation}, got ${showValue(issue.input)}`);
}

/**
 * The message of an `expecting` issue without the value it got (function logs never echo values),
 * and a missing variable's just "is required".
 */
export function withoutValue(message: string): string {
  if (message.startsWith("is required")) return "is required";
  const got = message.lastIndexOf(", got ");
  return got >= 0 ? message.slice(0, got) : message;
}

export function integerIn(min: number, max: number) {
  const error = expecting(`must be an integer from ${min} to ${max}`);
  return z.int({ error }).check(z.minimum(min, { error }), z.maximum(max, { error }));
}

/** A positive number of seconds up to `max` (fractions allowed: SDK timeouts). */
export function secondsUpTo(max: number) {
  const error = expecting(`must be a number of seconds above 0 and at most ${max}`);
  return z.number({ error }).check(z.gt(0, { error }), z.maximum(max, { error }));
}

/** A number from `min` to `max`, fractions allowed. */
export function numberIn(min: number, max: number) {
  const error = expecting(`must be a number from ${min} to ${max}`);
  return z.number({ error }).check(z.minimum(min, { error }), z.maximum(max, { error }));
}

export function nonEmptyString() {
  const error = expecting("must be a non-empty string");
  return z.string({ error }).check(z.refine((s) => s.trim() !== "", { error }));
}

export function booleanFlag() {
  return z.boolean({ error: expecting("must be true or false") });
}

/** One of a fixed list of strings, listed in the message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: expecting(`must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}`) });
}

export function matching(pattern: RegExp, expectation: string) {
  const error = expecting(expectation);
  return z.string({ error }).check(z.regex(pattern, { error }));
}

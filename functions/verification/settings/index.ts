// The verification function's settings module: the one seam between the stacks and the function.
// It holds the schema of every environment variable (variables.ts: names, ranges, defaults), the
// typed settings, `toEnvironment` / `fromEnvironment` (environment.ts) and the constants infra
// needs from the function (secret layout, log fields, code length, phone rules). infra/ imports
// function code only from here, the bulk-greeting settings module and the bundler
// (test/architecture/import-graph.test.ts enforces it).
import { treeSchema } from "../../shared/settings/environment-variables";
import { captchaVariables, limitsVariables, sessionsVariables, smsVariables, ssmVariables } from "./variables";

export * from "./environment";
export { defaultAllowedRegions, DEFAULT_SMS_LOCALE, LOCALE_PATTERN } from "./variables";
export { secretVersionId, type RuntimeSecretField } from "../secrets/secret-layout";
export { emptyKeySet } from "../tokens/key-set";
export { requestLogFields } from "../http/request-log";
export { codeLength } from "../service/verification-code";
export type { RotationTimings } from "../tokens/key-rotation";
export { jwksMaxAgeSeconds, timingsFor } from "../tokens/key-rotation";
export { checkPhoneNumber, isKnownPhoneRegion } from "../service/phone-number";

/** The sections the environment table embeds (it picks the fields an operator sets per environment). */
export const limitsSchema = treeSchema(limitsVariables);
export const sessionsSchema = treeSchema(sessionsVariables);
export const captchaSchema = treeSchema(captchaVariables);
export const smsSchema = treeSchema(smsVariables);
/** Where a brought Redis's password is kept (the operator's own secret). */
export const redisPasswordSecretSchema = treeSchema(ssmVariables.redisPasswordSecret.fields);
export { verbatim, type Verbatim } from "../../shared/settings/environment-variables";

// The bulk-greeting function's settings as environment variables, both ways: `toEnvironment` is
// what the stack writes, `fromEnvironment` the one parser the function runs. Every missing or
// invalid variable is named in one message; values are never echoed (some are secrets).
import {
  collect,
  readVariables,
  variableText as text,
  variableNames,
  writeVariables,
  type TreeInput,
  type TreeValues,
} from "../../shared/settings/environment-variables";
import { cosStorageVariables, localStorageVariables, redisVariables, runVariables, smsVariables } from "./variables";

export type CampaignStorageSettings =
  ({ kind: "cos" } & TreeValues<typeof cosStorageVariables>) | ({ kind: "local" } & TreeValues<typeof localStorageVariables>);

export type BulkGreetingSettings = {
  redis: TreeValues<typeof redisVariables>;
  sms: TreeValues<typeof smsVariables>;
  storage: CampaignStorageSettings;
} & TreeValues<typeof runVariables>;

export type BulkGreetingSettingsInput = {
  redis: TreeInput<typeof redisVariables>;
  sms: TreeInput<typeof smsVariables>;
  storage:
    ({ kind: "cos" } & TreeInput<typeof cosStorageVariables>) | ({ kind: "local" } & TreeInput<typeof localStorageVariables>);
} & TreeInput<typeof runVariables>;

/** Every variable the function reads (docs/configuration.md lists exactly these; a test checks it). */
export const variablesRead: readonly string[] = [
  ...[redisVariables, smsVariables, cosStorageVariables, localStorageVariables, runVariables].flatMap(variableNames),
  "CAMPAIGN_STORAGE",
];

export class ConfigError extends Error {
  readonly code = "ConfigInvalid";
  constructor(readonly problems: string[]) {
    super(`bulk-greeting configuration invalid: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

export function toEnvironment(settings: BulkGreetingSettingsInput): Record<string, string> {
  const { redis, sms, storage, ...run } = settings;
  const { kind, ...where } = storage;
  return {
    ...writeVariables(redisVariables, redis),
    ...writeVariables(smsVariables, sms),
    CAMPAIGN_STORAGE: kind,
    ...(kind === "cos"
      ? writeVariables(cosStorageVariables, where as TreeInput<typeof cosStorageVariables>)
      : writeVariables(localStorageVariables, where as TreeInput<typeof localStorageVariables>)),
    ...writeVariables(runVariables, run),
  };
}

/** Reads and checks the environment once; throws a ConfigError naming every problem. */
export function fromEnvironment(env: NodeJS.ProcessEnv): BulkGreetingSettings {
  const problems: string[] = [];
  const redis = collect(readVariables(redisVariables, env), problems);
  const sms = collect(readVariables(smsVariables, env), problems);
  const kind = text(env, "CAMPAIGN_STORAGE") || (text(env, "CAMPAIGN_STORAGE_DIR") ? "local" : "cos");
  let storage: CampaignStorageSettings | undefined;
  if (kind === "cos") {
    // Explicit in the stack: the SMS region differs from the bucket's in some environments.
    const region = text(env, "CAMPAIGN_BUCKET_REGION") || text(env, "SMS_REGION") || "ap-guangzhou";
    const cos = collect(readVariables(cosStorageVariables, { ...env, CAMPAIGN_BUCKET_REGION: region }), problems);
    storage = cos && { kind: "cos", ...cos };
  } else if (kind === "local") {
    const local = collect(readVariables(localStorageVariables, env), problems);
    storage = local && { kind: "local", ...local };
  } else problems.push('CAMPAIGN_STORAGE must be "cos" or "local"');
  const run = collect(readVariables(runVariables, env), problems);
  if (problems.length > 0 || !redis || !sms || !storage || !run) throw new ConfigError(problems);
  return { redis, sms, storage, ...run };
}

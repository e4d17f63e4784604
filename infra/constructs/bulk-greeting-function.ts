// BulkGreetingFunction: the SCF function running functions/bulk-greeting (bundled at synth like
// every BundledFunction). A timer trigger invokes it on the configured cron; each tick files
// delivery receipts and sends due campaigns within its time budget, checkpointing in the same
// Redis as the verification function (keys under the {bulk:<id>} hash tag) and keeping files and
// results in the campaign bucket. The environment is exactly what
// functions/bulk-greeting/settings reads; the Redis password is read from Secrets Manager
// (REDIS_PASSWORD_SECRET_NAME, BulkGreetingSecret), never an environment value.
import { ITerraformDependable } from "../framework";
import { Construct } from "constructs";
import { resolve } from "node:path";
import { ScfFunctionTriggers } from "../.gen/providers/tencentcloud/scf-function";
import { BundledFunction, FunctionPlacement, placementOf } from "./bundled-function";
import { ResourceNames } from "./resource-names";
import { toEnvironment } from "../../functions/bulk-greeting/settings";
import { portValue, RedisAddress } from "./verification-function";
import { BULK_GREETING_PASSWORD_FIELD } from "./bulk-greeting-secret";
import { SCF_TRIGGER_TYPES } from "../../cloud/scf";

/** Redis for the bulk-greeting function: the password is a random_password reference, stored in its secret. */
export interface RedisConnection extends RedisAddress {
  /** Token of the random_password result. */
  password: string;
}

export const BULK_GREETING_ENTRY_POINT = resolve(__dirname, "..", "..", "functions", "bulk-greeting", "index.ts");

export interface BulkGreetingFunctionProps extends FunctionPlacement {
  names: ResourceNames;
  /** Host, port, architecture: the password stays in Secrets Manager (passwordSecret). */
  redis: Omit<RedisConnection, "password">;
  /** The secret holding the Redis password, read by the function's role. */
  passwordSecret: { name: string; region: string };
  sms: { sdkAppId: string; region: string; timeoutSeconds: number };
  bucket: { name: string; region: string };
  sendRatePerSecond: number;
  /** Seven-field SCF cron of the tick. */
  timerCron: string;
  /** Overridable for tests; defaults to functions/bulk-greeting/index.ts. */
  entryPoint?: string;
  dependsOn?: ITerraformDependable[];
}

/** What the function reads (functions/bulk-greeting/settings); the Redis password is a reference. */
function bulkGreetingEnvironment(props: BulkGreetingFunctionProps): Record<string, string> {
  const { redis, sms, bucket } = props;
  return toEnvironment({
    redis: {
      host: redis.host,
      port: portValue(redis.port),
      cluster: redis.cluster,
      passwordSecretName: props.passwordSecret.name,
      passwordSecretField: BULK_GREETING_PASSWORD_FIELD,
      ssmRegion: props.passwordSecret.region,
    },
    sms,
    // The bucket's region explicitly: the function would otherwise assume the SMS region, which differs in prod.
    storage: { kind: "cos", bucket: bucket.name, region: bucket.region },
    requestsPerSecond: props.sendRatePerSecond,
    // The time budget when the invocation context does not report it.
    functionTimeoutSeconds: props.timeoutSeconds,
  });
}

export class BulkGreetingFunction extends BundledFunction {
  /** The timer trigger block (also what tests assert on). */
  readonly timer: ScfFunctionTriggers;

  constructor(scope: Construct, id: string, props: BulkGreetingFunctionProps) {
    const timer: ScfFunctionTriggers = {
      name: props.names.of("campaign-tick"),
      type: SCF_TRIGGER_TYPES.timer.name,
      triggerDesc: props.timerCron,
    };
    super(scope, id, {
      ...placementOf(props),
      name: props.names.of("bulk-greeting"),
      description: "Bulk greeting campaigns: sends due campaigns, files delivery receipts",
      entryPoint: props.entryPoint ?? BULK_GREETING_ENTRY_POINT,
      environment: bulkGreetingEnvironment(props),
      triggers: [timer],
      dependsOn: props.dependsOn,
    });
    this.timer = timer;
  }
}

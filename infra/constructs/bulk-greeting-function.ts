// BulkGreetingFunction: the SCF function running functions/bulk-greeting (bundled at synth like
// every BundledFunction). A timer trigger invokes it on the configured cron; each tick files
// delivery receipts and sends due campaigns within its time budget, checkpointing in the same
// Redis as the verification function (keys under the {bulk:<id>} hash tag) and keeping files and
// results in the campaign bucket. The environment is exactly what
// functions/bulk-greeting/function-config.ts reads; the Redis password is read from Secrets Manager.
import { ITerraformDependable } from "../framework";
import { Construct } from "constructs";
import { resolve } from "node:path";
import { ScfFunctionTriggers } from "../.gen/providers/tencentcloud/scf-function";
import { BundledFunction, FunctionPlacement, placementOf } from "./bundled-function";
import { ResourceNames } from "./resource-names";
import { RedisConnection, redisEnvironment } from "./verification-function";
import { BULK_GREETING_PASSWORD_FIELD } from "./bulk-greeting-secret";

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

function bulkGreetingEnvironment(props: BulkGreetingFunctionProps): Record<string, string> {
  const { redis, sms, bucket } = props;
  return {
    ...redisEnvironment(redis),
    REDIS_PASSWORD_SECRET_NAME: props.passwordSecret.name,
    REDIS_PASSWORD_SECRET_FIELD: BULK_GREETING_PASSWORD_FIELD,
    SSM_REGION: props.passwordSecret.region,
    SMS_SDKAPPID: sms.sdkAppId,
    SMS_REGION: sms.region,
    SMS_TIMEOUT_SECONDS: String(sms.timeoutSeconds),
    CAMPAIGN_STORAGE: "cos",
    CAMPAIGN_BUCKET: bucket.name,
    // Explicit: the function would otherwise assume the SMS region, which differs in prod.
    CAMPAIGN_BUCKET_REGION: bucket.region,
    SEND_RATE_PER_SECOND: String(props.sendRatePerSecond),
    // The time budget when the invocation context does not report it.
    FUNCTION_TIMEOUT_SECONDS: String(props.timeoutSeconds),
  };
}

export class BulkGreetingFunction extends BundledFunction {
  /** The timer trigger block (also what tests assert on). */
  readonly timer: ScfFunctionTriggers;

  constructor(scope: Construct, id: string, props: BulkGreetingFunctionProps) {
    const timer: ScfFunctionTriggers = { name: props.names.of("campaign-tick"), type: "timer", triggerDesc: props.timerCron };
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

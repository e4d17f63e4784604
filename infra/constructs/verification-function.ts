// VerificationFunction: the SCF function running functions/verification, bundled at synth like
// every BundledFunction. Everything the function reads from its environment is wired here;
// secrets arrive as references to random_password results, never as literal values.
import { Token } from "cdktf";
import { Construct } from "constructs";
import { resolve } from "node:path";
import { ScfFunctionTriggers } from "../.gen/providers/tencentcloud/scf-function";
import { LimitSettings } from "../config/environment-settings";
import { BundledFunction } from "./bundled-function";
import { ResourceNames } from "./resource-names";

export const VERIFICATION_ENTRY_POINT = resolve(__dirname, "..", "..", "functions", "verification", "index.ts");

export interface RedisConnection {
  host: string;
  port: number;
  /** Token of the random_password result. */
  password: string;
  cluster: boolean;
}

export interface SmsWiring {
  sdkAppId: string;
  signName: string;
  /** Literal id or a token of the managed template's id. */
  templateId: string;
  region: string;
  timeoutSeconds: number;
  /** ISO 3166 alpha-2 regions the function serves (SMS_ALLOWED_REGIONS). */
  allowedRegions: string[];
}

export interface VerificationFunctionProps {
  names: ResourceNames;
  runtime: string;
  bundleTarget: string;
  memoryMb: number;
  timeoutSeconds: number;
  vpcId: string;
  subnetId: string;
  roleName: string;
  redis: RedisConnection;
  /** Token of the random_password result used as the code-hashing pepper. */
  codePepper: string;
  sms: SmsWiring;
  limits: LimitSettings;
  triggers: ScfFunctionTriggers[];
  tags: Record<string, string>;
  /** Overridable for tests; defaults to functions/verification/index.ts. */
  entryPoint?: string;
}

/** The variables functions/verification/config.ts reads; secrets are tokens of random_password results. */
function verificationEnvironment(props: VerificationFunctionProps): Record<string, string> {
  const { redis, sms, limits } = props;
  return {
    REDIS_HOST: redis.host,
    REDIS_PORT: Token.asString(redis.port),
    REDIS_PASSWORD: redis.password,
    REDIS_CLUSTER: redis.cluster ? "true" : "false",
    SMS_SDKAPPID: sms.sdkAppId,
    SMS_SIGN: sms.signName,
    SMS_TEMPLATE_ID: sms.templateId,
    SMS_REGION: sms.region,
    SMS_TIMEOUT_SECONDS: String(sms.timeoutSeconds),
    SMS_ALLOWED_REGIONS: sms.allowedRegions.join(","),
    CODE_PEPPER: props.codePepper,
    CODE_TTL_SECONDS: String(limits.codeTtlSeconds),
    MAX_ATTEMPTS: String(limits.maxAttempts),
    RESEND_COOLDOWN_SECONDS: String(limits.resendCooldownSeconds),
    DAILY_LIMIT: String(limits.dailyLimit),
    IP_HOURLY_LIMIT: String(limits.ipHourlyLimit),
  };
}

export class VerificationFunction extends BundledFunction {
  constructor(scope: Construct, id: string, props: VerificationFunctionProps) {
    super(scope, id, {
      name: props.names.of("verification"),
      description: "SMS verification codes: issue and verify",
      entryPoint: props.entryPoint ?? VERIFICATION_ENTRY_POINT,
      runtime: props.runtime,
      bundleTarget: props.bundleTarget,
      memoryMb: props.memoryMb,
      timeoutSeconds: props.timeoutSeconds,
      vpcId: props.vpcId,
      subnetId: props.subnetId,
      roleName: props.roleName,
      environment: verificationEnvironment(props),
      triggers: props.triggers,
      tags: props.tags,
    });
  }
}

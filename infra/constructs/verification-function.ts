// VerificationFunction: the SCF function running functions/verification. The code is bundled by
// esbuild during synth and shipped as a TerraformAsset zip (its path carries the content hash, so
// a code change re-uploads). Everything the function reads from its environment is wired here;
// secrets arrive as references to random_password results, never as literal values.
import { AssetType, TerraformAsset, Token } from "cdktf";
import { Construct } from "constructs";
import { resolve } from "node:path";
import { ScfFunction, ScfFunctionTriggers } from "../.gen/providers/tencentcloud/scf-function";
import { LimitSettings } from "../config/environment-settings";
import { buildFunctionBundle } from "./function-bundle";
import { ResourceNames } from "./resource-names";

export const VERIFICATION_ENTRY_POINT = resolve(__dirname, "..", "..", "functions", "verification", "index.ts");
export const VERIFICATION_HANDLER = "index.main_handler";

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

export class VerificationFunction extends Construct {
  readonly function: ScfFunction;
  readonly asset: TerraformAsset;
  readonly bundleBytes: number;

  constructor(scope: Construct, id: string, props: VerificationFunctionProps) {
    super(scope, id);
    const bundle = buildFunctionBundle(props.entryPoint ?? VERIFICATION_ENTRY_POINT, props.bundleTarget);
    this.bundleBytes = bundle.bytes;
    this.asset = new TerraformAsset(this, "code", { path: bundle.dir, type: AssetType.ARCHIVE });

    const { redis, sms, limits } = props;
    const environment: Record<string, string> = {
      REDIS_HOST: redis.host,
      REDIS_PORT: Token.asString(redis.port),
      REDIS_PASSWORD: redis.password,
      REDIS_CLUSTER: redis.cluster ? "true" : "false",
      SMS_SDKAPPID: sms.sdkAppId,
      SMS_SIGN: sms.signName,
      SMS_TEMPLATE_ID: sms.templateId,
      SMS_REGION: sms.region,
      SMS_TIMEOUT_SECONDS: String(sms.timeoutSeconds),
      CODE_PEPPER: props.codePepper,
      CODE_TTL_SECONDS: String(limits.codeTtlSeconds),
      MAX_ATTEMPTS: String(limits.maxAttempts),
      RESEND_COOLDOWN_SECONDS: String(limits.resendCooldownSeconds),
      DAILY_LIMIT: String(limits.dailyLimit),
      IP_HOURLY_LIMIT: String(limits.ipHourlyLimit),
    };

    this.function = new ScfFunction(this, "function", {
      name: props.names.of("verification"),
      description: "SMS verification codes: issue and verify",
      handler: VERIFICATION_HANDLER,
      runtime: props.runtime,
      memSize: props.memoryMb,
      timeout: props.timeoutSeconds,
      zipFile: this.asset.path,
      vpcId: props.vpcId,
      subnetId: props.subnetId,
      // In a VPC the function needs public egress for the SMS API (sms.tencentcloudapi.com).
      enablePublicNet: true,
      role: props.roleName,
      environment,
      triggers: props.triggers,
      tags: props.tags,
    });
  }
}

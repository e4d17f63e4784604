// Campaigns: everything bulk greeting campaigns add to an environment — the private campaign
// bucket, the bulk-greeting function with its timer, its own CAM role (SMS send + delivery
// receipts, and objects of that one bucket), and the marketing content managed as code. It reuses
// the environment's network and Redis; the verification function's role gains nothing.
import { Construct } from "constructs";
import { CampaignConfig } from "../config/environment-settings";
import { BulkGreetingFunction } from "./bulk-greeting-function";
import { BulkGreetingSecret } from "./bulk-greeting-secret";
import { CampaignBucket } from "./campaign-bucket";
import { CampaignBucketAccess } from "./campaign-bucket-access";
import { CampaignContent } from "./campaign-content";
import { FunctionRole } from "./function-role";
import type { LogDestination } from "./operations/function-logs";
import { ResourceNames } from "./resource-names";
import { RedisConnection } from "./bulk-greeting-function";
import { SMS_PULL_STATUS_ACTION, SMS_SEND_ACTION } from "../../cloud/sms";

/** SendSms for the campaign batches, PullSmsSendStatus for the delivery receipts. */
export const BULK_GREETING_SMS_ACTIONS = [SMS_SEND_ACTION, SMS_PULL_STATUS_ACTION];

export interface CampaignsProps {
  names: ResourceNames;
  config: CampaignConfig;
  /** The stack's region: the bucket and the function live there. */
  region: string;
  runtime: string;
  bundleTarget: string;
  vpcId: string;
  subnetId: string;
  redis: RedisConnection;
  sms: { sdkAppId: string; region: string; timeoutSeconds: number };
  /** Same choice as the verification role: QcloudSMSFullAccess, or only the SMS actions needed. */
  leastPrivilege: boolean;
  tags: Record<string, string>;
  /** The environment's CLS logset and topic. */
  logs?: LogDestination;
  /** Test overrides: the function entry point, the marketing sign's proof-image base directory. */
  entryPoint?: string;
  baseDir?: string;
}

export class Campaigns extends Construct {
  readonly bucket: CampaignBucket;
  readonly role: FunctionRole;
  readonly bucketAccess: CampaignBucketAccess;
  readonly content: CampaignContent;
  readonly bulkGreeting: BulkGreetingFunction;
  readonly secret: BulkGreetingSecret;

  constructor(scope: Construct, id: string, props: CampaignsProps) {
    super(scope, id);
    const { names, config, tags } = props;
    this.bucket = new CampaignBucket(this, "bucket", {
      bucketName: config.bucketName,
      region: props.region,
      appId: config.appId,
      versioning: config.bucket.versioning,
      retentionDays: config.bucket.retentionDays,
      noncurrentRetentionDays: config.bucket.noncurrentRetentionDays,
      tags,
    });
    this.role = new FunctionRole(this, "role", {
      names,
      leastPrivilege: props.leastPrivilege,
      tags,
      roleNamePart: "bulk-greeting",
      description: "Assumed by the bulk-greeting function: send campaigns, pull receipts, campaign bucket objects",
      smsActions: BULK_GREETING_SMS_ACTIONS,
      smsPolicyNamePart: "bulk-greeting-sms",
    });
    this.bucketAccess = new CampaignBucketAccess(this, "bucket-access", {
      names,
      bucket: this.bucket,
      roleId: this.role.role.id,
      tags,
    });
    this.content = new CampaignContent(this, "content", {
      sign: config.sign,
      templates: config.templates,
      baseDir: props.baseDir,
    });
    // The Redis password reaches the function through Secrets Manager, never its environment.
    const { password, ...redis } = props.redis;
    this.secret = new BulkGreetingSecret(this, "secret", {
      names,
      region: props.region,
      redisPassword: password,
      roleId: this.role.role.id,
      tags,
    });
    this.bulkGreeting = this.bulkGreetingFunction(props, redis);
  }

  /** The function, its timer and its settings; its first tick waits for its grants (dependsOn). */
  private bulkGreetingFunction(props: CampaignsProps, redis: Omit<RedisConnection, "password">): BulkGreetingFunction {
    const { names, config, tags } = props;
    return new BulkGreetingFunction(this, "bulk-greeting", {
      names,
      runtime: props.runtime,
      bundleTarget: props.bundleTarget,
      memoryMb: config.function.memoryMb,
      timeoutSeconds: config.function.timeoutSeconds,
      vpcId: props.vpcId,
      subnetId: props.subnetId,
      roleName: this.role.roleName,
      logs: props.logs,
      redis,
      passwordSecret: { name: this.secret.name, region: props.region },
      sms: props.sms,
      bucket: { name: this.bucket.bucket.bucket, region: props.region },
      sendRatePerSecond: config.sendRatePerSecond,
      timerCron: config.timerCron,
      tags,
      entryPoint: props.entryPoint,
      // The first tick must not run before the role may read the bucket and the secret.
      dependsOn: [this.bucketAccess.attachment, this.secret.version, this.secret.attachment],
    });
  }
}

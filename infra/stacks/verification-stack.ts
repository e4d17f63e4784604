// VerificationStack: everything one environment needs — network, Redis, CAM role, function,
// ingress, SMS content and, when configured, bulk greeting campaigns (bucket, bulk-greeting
// function, marketing content) — wired together with its operations (CLS logs, alarms, reserved
// and provisioned concurrency), the state backend and outputs.
import { Password, RandomProvider, Annotations, CosBackend, LocalBackend, TerraformOutput, TerraformStack } from "../framework";
import { Construct } from "constructs";
import { TencentcloudProvider } from "../.gen/providers/tencentcloud/provider";
import { EnvironmentConfig, isExistingRedis } from "../config/environment-settings";
import { formatPlaceholders } from "../config/placeholder";
import { Campaigns } from "../constructs/campaigns";
import { CaptchaAccess } from "../constructs/captcha-access";
import { FunctionRole } from "../constructs/function-role";
import { FunctionSecrets } from "../constructs/function-secrets";
import { Ingress } from "../constructs/ingress";
import { Network } from "../constructs/network";
import { RedisStore } from "../constructs/redis-store";
import { ResourceNames } from "../constructs/resource-names";
import { SmsContent } from "../constructs/sms-content";
import { TestNumberCodes } from "../constructs/test-number-codes";
import { VerificationFunction } from "../constructs/verification-function";
import { Alarms, WatchedFunction } from "../constructs/operations/alarms";
import { FunctionCapacity, LIVE_ALIAS_PART } from "../constructs/operations/function-capacity";
import { InsightsDashboard } from "../constructs/operations/insights-dashboard";
import { FunctionLogs } from "../constructs/operations/function-logs";

export interface VerificationStackOptions {
  /** Overrides for tests: a different function entry point or proof-image base directory. */
  functionEntryPoint?: string;
  bulkGreetingEntryPoint?: string;
  smsBaseDir?: string;
}

export class VerificationStack extends TerraformStack {
  readonly network: Network;
  /** Absent when the environment brings its own Redis (redis.existing). */
  readonly redis?: RedisStore;
  readonly role: FunctionRole;
  readonly ingress: Ingress;
  readonly sms: SmsContent;
  readonly verification: VerificationFunction;
  readonly secrets: FunctionSecrets;
  /** Present when the environment has a `campaigns` block. */
  readonly campaigns?: Campaigns;
  readonly logs: FunctionLogs;
  readonly insightsDashboard: InsightsDashboard;
  readonly verificationCapacity: FunctionCapacity;
  readonly bulkGreetingCapacity?: FunctionCapacity;
  /** Absent only where the table turns alarms off (dev). */
  readonly alarms?: Alarms;
  /** Present when the environment lists test numbers. */
  readonly testNumberCodes?: TestNumberCodes;

  constructor(
    scope: Construct,
    readonly config: EnvironmentConfig,
    options: VerificationStackOptions = {},
  ) {
    super(scope, config.name);
    const names = new ResourceNames(config.app, config.name);
    const { tags } = config;

    // Credentials come from the deployer's environment (TENCENTCLOUD_SECRET_ID/KEY), never from code.
    new TencentcloudProvider(this, "tencentcloud", { region: config.region });
    new RandomProvider(this, "random");
    this.configureBackend(config);
    this.warnAboutPlaceholders(config);

    const created = isExistingRedis(config.redis) ? undefined : config.redis;
    const brought = isExistingRedis(config.redis) ? config.redis.existing : undefined;
    this.network = new Network(this, "network", {
      names,
      vpcCidr: config.network.vpcCidr,
      subnetCidr: config.network.subnetCidr,
      existing: config.network.existing,
      adopt: config.adopt,
      availabilityZone: config.availabilityZone,
      // A brought Redis keeps its own security group (the operator admits the subnet there).
      redisPort: created?.port,
      tags,
    });
    if (created) {
      this.redis = new RedisStore(this, "redis", {
        names,
        availabilityZone: config.availabilityZone,
        vpcId: this.network.vpcId,
        subnetId: this.network.subnetId,
        securityGroupId: this.network.redisSecurityGroup!.id,
        architecture: created.architecture,
        typeId: created.typeId,
        memoryMb: created.memoryMb,
        shards: created.shards,
        replicas: created.replicas,
        port: created.port,
        adoptId: config.adopt?.redisId,
        tags,
      });
    }
    this.role = new FunctionRole(this, "role", { names, leastPrivilege: config.role.leastPrivilege, tags });
    this.sms = new SmsContent(this, "sms", { settings: config.sms, baseDir: options.smsBaseDir });
    this.ingress = new Ingress(this, "ingress", { names, settings: config.ingress, tags });
    const ops = config.operations;
    this.logs = new FunctionLogs(this, "logs", { names, retentionDays: ops.logs.retentionDays, tags });
    this.insightsDashboard = new InsightsDashboard(this, "insights", { names, logs: this.logs.destination, tags });
    // With provisioned concurrency the ingress invokes the `live` alias through its own trigger.
    const provisioned = ops.capacity.verification.provisionedConcurrency ?? 0;
    // Keys codes are hashed with; rotating it (taint) only invalidates codes in flight.
    const pepper = new Password(this, "code-pepper", { length: 48, special: false });
    // Optional Tencent Captcha: its key goes into the function's secret, its one action into the role.
    const captcha = config.captcha ? new CaptchaAccess(this, "captcha", { names, roleId: this.role.role.id, tags }) : undefined;
    // Fixed codes of test numbers: generated, kept in the function's secret only.
    if (config.testNumbers) {
      this.testNumberCodes = new TestNumberCodes(this, "test-numbers", {
        numbers: config.testNumbers.numbers,
        codeLength: config.limits.codeLength,
      });
    }
    // The function's secrets live in Secrets Manager; its environment only names them.
    this.secrets = new FunctionSecrets(this, "secrets", {
      names,
      region: config.region,
      values: {
        // A brought Redis's password stays in the operator's secret; the function reads it from there.
        redisPassword: this.redis?.password.result,
        codePepper: pepper.result,
        captchaAppSecretKey: captcha?.appSecretKey,
        testNumberCodes: this.testNumberCodes?.secretValue,
      },
      alsoReadable: brought ? [brought.passwordSecret.name] : undefined,
      tags,
    });
    const secretsGrant = this.secrets.grantRead(this.role.role.id, names, tags);
    const redisAddress = this.redis
      ? { host: this.redis.instance.ip, port: this.redis.instance.port, cluster: this.redis.isCluster }
      : { host: brought!.host, port: brought!.port, cluster: brought!.architecture === "cluster" };

    this.verification = new VerificationFunction(this, "verification", {
      names,
      runtime: config.function.runtime,
      bundleTarget: config.function.bundleTarget,
      memoryMb: config.function.memoryMb,
      timeoutSeconds: config.function.timeoutSeconds,
      vpcId: this.network.vpcId,
      subnetId: this.network.subnetId,
      roleName: this.role.roleName,
      redis: redisAddress,
      secrets: {
        region: config.region,
        runtimeSecretName: this.secrets.runtimeSecretName,
        signingKeysSecretName: this.secrets.signingKeysSecretName,
        redisPasswordSecret: brought?.passwordSecret,
      },
      sms: {
        signName: this.sms.signName,
        templateId: this.sms.templateId,
        templates:
          config.sms.locales || config.sms.international
            ? {
                list: this.sms.templateList,
                defaultLocale: this.sms.defaultLocale,
                internationalSignName: this.sms.internationalSignName,
              }
            : undefined,
      },
      settings: config,
      triggers: provisioned > 0 ? [] : [this.ingress.trigger],
      logs: this.logs.destination,
      tags,
      entryPoint: options.functionEntryPoint,
      dependsOn: [this.secrets.runtimeVersion, this.secrets.signingKeysVersion, secretsGrant],
    });

    // The table refuses campaigns with a brought Redis: the bulk-greeting function needs the password by reference.
    if (config.campaigns && this.redis) {
      this.campaigns = new Campaigns(this, "campaigns", {
        names,
        config: config.campaigns,
        region: config.region,
        runtime: config.function.runtime,
        bundleTarget: config.function.bundleTarget,
        vpcId: this.network.vpcId,
        subnetId: this.network.subnetId,
        redis: { ...redisAddress, password: this.redis.password.result },
        sms: { sdkAppId: config.sms.sdkAppId, region: config.sms.region, timeoutSeconds: config.sms.timeoutSeconds },
        leastPrivilege: config.role.leastPrivilege,
        tags,
        logs: this.logs.destination,
        entryPoint: options.bulkGreetingEntryPoint,
        baseDir: options.smsBaseDir,
      });
    }

    const fn = this.verification.function;
    this.verificationCapacity = new FunctionCapacity(this, "verification-capacity", {
      function: fn,
      memoryMb: config.function.memoryMb,
      reservedConcurrency: ops.capacity.verification.reservedConcurrency,
      provisionedConcurrency: provisioned,
      aliasName: names.of(LIVE_ALIAS_PART),
    });
    if (this.verificationCapacity.alias) this.ingress.attachToAlias(fn, this.verificationCapacity.alias.name);
    const watched: WatchedFunction[] = [
      { part: "verification", function: fn, durationMs: ops.alarms.thresholds.verificationDurationMs },
    ];
    if (this.campaigns && config.campaigns && ops.capacity.bulkGreeting) {
      const bulk = this.campaigns.bulkGreeting.function;
      this.bulkGreetingCapacity = new FunctionCapacity(this, "bulk-greeting-capacity", {
        function: bulk,
        memoryMb: config.campaigns.function.memoryMb,
        reservedConcurrency: ops.capacity.bulkGreeting.reservedConcurrency,
      });
      // A tick runs close to its timeout by design; alarm when it is about to be killed.
      watched.push({
        part: "bulk-greeting",
        function: bulk,
        durationMs: Math.round(config.campaigns.function.timeoutSeconds * 1000 * 0.9),
      });
    }
    if (ops.alarms.enabled) {
      this.alarms = new Alarms(this, "alarms", {
        names,
        region: config.region,
        settings: ops.alarms,
        functions: watched,
        redisInstanceId: this.redis ? this.redis.instance.id : brought?.instanceId,
        logs: this.logs.destination,
        tags,
      });
    }

    new TerraformOutput(this, "endpoint", {
      value: this.ingress.endpoint(fn),
      description:
        config.ingress.kind === "functionUrl"
          ? `Public Function URL${provisioned > 0 ? ` (invokes the ${names.of(LIVE_ALIAS_PART)} alias)` : ""}, read from the trigger SCF reports`
          : "API Gateway endpoint (release environment)",
    });
    new TerraformOutput(this, "function_name", { value: fn.name });
    new TerraformOutput(this, "redis_private_address", {
      value: `${redisAddress.host}:${redisAddress.port}`,
      description: "Reachable only from the function subnet; the password is never an output",
    });
    new TerraformOutput(this, "cls_topic_id", {
      value: this.logs.topic.id,
      description: "CLS topic holding both functions' logs (docs/operations.md has the queries)",
    });
    if (this.campaigns) this.addCampaignOutputs(this.campaigns);
  }

  private addCampaignOutputs(campaigns: Campaigns): void {
    new TerraformOutput(this, "campaign_bucket", {
      value: campaigns.bucket.bucket.bucket,
      description: "Private COS bucket for campaign files and results (npm run campaign -- … uses it)",
    });
    new TerraformOutput(this, "bulk_greeting_function_name", { value: campaigns.bulkGreeting.function.name });
    const templateIds = campaigns.content.templateIds();
    if (Object.keys(templateIds).length > 0) {
      new TerraformOutput(this, "campaign_template_ids", {
        value: templateIds,
        description:
          "Marketing template ids by catalogue key, for functions/bulk-greeting/content/campaign-templates.ts once approved",
      });
    }
  }

  /** Synth succeeds with placeholders (offline, fresh clone) but says which values are not real yet. */
  private warnAboutPlaceholders(config: EnvironmentConfig): void {
    if (config.placeholders.length === 0) return;
    Annotations.of(this).addWarning(
      `environment ${config.name} still has ${config.placeholders.length} placeholder value(s); \`npm run plan\` and \`npm run apply\` refuse it until they are replaced in infra/config/environments.ts:\n${formatPlaceholders(config.placeholders)}`,
    );
  }

  private configureBackend(config: EnvironmentConfig): void {
    const backend = config.backend;
    if (backend.kind === "cos") {
      new CosBackend(this, {
        bucket: backend.bucket,
        region: backend.region,
        prefix: backend.prefix,
        key: backend.key,
        encrypt: backend.encrypt,
      });
    } else {
      new LocalBackend(this, { path: backend.path });
    }
  }
}

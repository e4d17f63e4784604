// VerificationStack: everything one environment needs — network, Redis, CAM role, function,
// ingress, SMS content and, when configured, bulk greeting campaigns (bucket, bulk-greeting
// function, marketing content) — wired together with its operations (CLS logs, alarms, reserved
// and provisioned concurrency), the state backend and outputs.
//
// The constructor reads as the order resources are created in; each step lives in
// infra/stacks/verification/ (data plane, function wiring, campaigns, operations, outputs). Every
// construct is created directly in the stack's scope, with the ids it always had: a construct's
// id path is its Terraform address, so a grouping construct would re-address (replace) the
// environment's Redis, secrets and functions on the next apply.
import { RandomProvider, TerraformStack } from "../framework";
import { Construct } from "constructs";
import { TencentcloudProvider } from "../.gen/providers/tencentcloud/provider";
import { EnvironmentConfig } from "../config/environment-settings";
import { Campaigns } from "../constructs/campaigns";
import { FunctionRole } from "../constructs/function-role";
import { FunctionSecrets } from "../constructs/function-secrets";
import { Ingress } from "../constructs/ingress";
import { Network } from "../constructs/network";
import { RedisStore } from "../constructs/redis-store";
import { ResourceNames } from "../constructs/resource-names";
import { SmsContent } from "../constructs/sms-content";
import { TestNumberCodes } from "../constructs/test-number-codes";
import { VerificationFunction } from "../constructs/verification-function";
import { Alarms } from "../constructs/operations/alarms";
import { FunctionCapacity } from "../constructs/operations/function-capacity";
import { InsightsDashboard } from "../constructs/operations/insights-dashboard";
import { FunctionLogs } from "../constructs/operations/function-logs";
import { ReceiptsTimer } from "../constructs/receipts-timer";
import { configureBackend, warnAboutPlaceholders } from "./stack-backend";
import { addCampaigns } from "./verification/campaign-wiring";
import { addReceiptsTimer } from "./verification/receipts-wiring";
import { addDataPlane } from "./verification/data-plane";
import { addVerificationFunction, addVerificationSecrets } from "./verification/function-wiring";
import { addOperations } from "./verification/operations-wiring";
import { addStackOutputs } from "./verification/stack-outputs";

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
  /** Present when it has none: then the verification function pulls the delivery receipts. */
  readonly receiptsTimer?: ReceiptsTimer;
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
    configureBackend(this, config.backend);
    warnAboutPlaceholders(this, config);

    const data = addDataPlane(this, config, names);
    this.network = data.network;
    this.redis = data.redis;
    this.role = new FunctionRole(this, "role", { names, leastPrivilege: config.role.leastPrivilege, tags });
    this.sms = new SmsContent(this, "sms", { settings: config.sms, baseDir: options.smsBaseDir });
    this.ingress = new Ingress(this, "ingress", { names, settings: config.ingress, tags });
    this.logs = new FunctionLogs(this, "logs", { names, retentionDays: config.operations.logs.retentionDays, tags });
    this.insightsDashboard = new InsightsDashboard(this, "insights", { names, logs: this.logs.destination, tags });

    const secrets = addVerificationSecrets(this, config, names, this.role, data);
    this.secrets = secrets.secrets;
    this.testNumberCodes = secrets.testNumberCodes;
    // With provisioned concurrency the ingress invokes the `live` alias through its own trigger instead.
    const provisioned = (config.operations.capacity.verification.provisionedConcurrency ?? 0) > 0;
    this.verification = addVerificationFunction(this, {
      config,
      names,
      data,
      role: this.role,
      sms: this.sms,
      secrets,
      triggers: provisioned ? [] : [this.ingress.trigger],
      logs: this.logs.destination,
      entryPoint: options.functionEntryPoint,
    });
    const campaignOverrides = { entryPoint: options.bulkGreetingEntryPoint, baseDir: options.smsBaseDir };
    this.campaigns = addCampaigns(this, config, names, data, this.logs.destination, campaignOverrides);
    this.receiptsTimer = addReceiptsTimer(this, config, names, {
      role: this.role,
      verification: this.verification,
      campaigns: this.campaigns,
    });

    const operated = { config, names, data, ingress: this.ingress, verification: this.verification, campaigns: this.campaigns };
    const operations = addOperations(this, { ...operated, logs: this.logs.destination });
    this.verificationCapacity = operations.verificationCapacity;
    this.bulkGreetingCapacity = operations.bulkGreetingCapacity;
    this.alarms = operations.alarms;
    addStackOutputs(this, { ...operated, logs: this.logs });
  }
}

// The environment table: one entry per stack. Adding an environment is adding one entry here
// (docs/environments.md); CI plans and applies what this table says (`npm run envs`). Values
// written `yours(example, hint)` are account-specific: synth uses the example and warns, `npm run
// plan` / `npm run apply` refuse until they are replaced. Ids and names here are not secrets.
import { CampaignSettings, EnvironmentEntry, LimitSettings } from "./environment-settings";
import { AlarmContacts, AlarmThresholds } from "./operations-settings";
import { WithPlaceholders, yours } from "./placeholder";

const APP = "smsverify";

/** The tutorial's defaults: 6-digit code valid 5 minutes, 3 tries, 30 s between sends. */
const DEFAULT_LIMITS: LimitSettings = {
  codeTtlSeconds: 300,
  maxAttempts: 3,
  resendCooldownSeconds: 30,
  dailyLimit: 10,
  ipHourlyLimit: 30,
};

const SMS_DEFAULTS = {
  sdkAppId: yours("1400000000", "SMS console → Applications → SDKAppID"),
  region: "ap-guangzhou",
  timeoutSeconds: 5,
  sign: { manage: false, name: yours("SmsVerifyDemo", "an approved signature's text (SMS console → Signatures)") },
} as const;

/** The COS bucket every remote-state environment keeps its state in (`npm run plan -- state-bucket` creates it). */
const STATE_BUCKET = yours(
  "smsverify-tfstate-1250000000",
  "a COS bucket <name>-<APPID> for Terraform state; see docs/deploying.md (state bucket)",
);

/** An approved verification template id (SMS console → Templates), for environments not managing their own. */
const TEMPLATE_ID = yours("1000000", "an approved verification template id (SMS console → Templates)");

/**
 * Bulk greeting campaigns (issue 5): a private bucket per environment, the bulk-greeting function
 * ticking every minute to pick up due campaigns, and a modest SendSms rate.
 */
const CAMPAIGN_DEFAULTS: WithPlaceholders<CampaignSettings> = {
  appId: yours("1250000000", "Account Info → APPID (COS bucket names end with it)"),
  timerCron: "0 * * * * * *",
  sendRatePerSecond: 10,
  function: { memoryMb: 256, timeoutSeconds: 300 },
  bucket: { versioning: true, retentionDays: 90, noncurrentRetentionDays: 30 },
  // The approved marketing template and signature per catalogue key (`npm run campaign` uses them).
  templateBindings: {
    "spring-festival": {
      templateId: yours("1000001", "the approved marketing template id of spring-festival (SMS console → Templates)"),
      signName: yours("Example Tech", "an approved marketing signature's text (SMS console → Signatures)"),
    },
  },
};

/** Token lifetimes of docs/sessions.md; issuer and audience are per environment. */
const SESSION_DEFAULTS = { accessTokenTtlSeconds: 900, refreshTokenTtlSeconds: 30 * 86400 } as const;

/**
 * Alarm thresholds outside prod: loud enough to notice a broken deploy, quiet under test traffic.
 * Function counts are per minute; log alarms count lines over logWindowMinutes.
 */
const ALARM_THRESHOLDS: AlarmThresholds = {
  functionErrorsPerMinute: 5,
  functionThrottlesPerMinute: 5,
  functionTimeoutsPerMinute: 3,
  verificationDurationMs: 3000,
  redisMemoryPercent: 85,
  redisCpuPercent: 80,
  redisConnectionsPercent: 80,
  logWindowMinutes: 5,
  smsFailureRatePercent: 20,
  smsFailureMinRequests: 20,
  rateLimitedReplies: 200,
  budgetTrips: 1,
  serviceUnavailableReplies: 10,
  internalErrorReplies: 5,
};

/** Prod pages earlier: every error costs a real user a login. */
const PROD_ALARM_THRESHOLDS: AlarmThresholds = {
  ...ALARM_THRESHOLDS,
  functionErrorsPerMinute: 1,
  functionThrottlesPerMinute: 1,
  functionTimeoutsPerMinute: 1,
  verificationDurationMs: 1500,
  redisMemoryPercent: 75,
  redisCpuPercent: 70,
  redisConnectionsPercent: 70,
  smsFailureRatePercent: 10,
  smsFailureMinRequests: 10,
  rateLimitedReplies: 100,
  serviceUnavailableReplies: 3,
  internalErrorReplies: 1,
};

/** Who is paged: CAM sub-account uids (and/or user group ids, a webhook) of your account. */
const ALARM_CONTACTS: WithPlaceholders<AlarmContacts> = {
  userIds: [yours(100000000001, "a CAM user's account ID (uid) that receives alarms (CAM console → Users)")],
  groupIds: [],
  channels: ["email", "sms"],
};

/** The `iss` of the tokens and the browser origins of your apps, per environment (docs/sessions.md). */
const issuer = (env: string) =>
  yours(`https://login-${env}.example.com`, "a URL naming this login service, the tokens' iss (docs/sessions.md)");
const appOrigin = (example: string) => yours(example, "your web app's origin, e.g. https://app.your-domain (CORS)");

export const ENVIRONMENTS: readonly EnvironmentEntry[] = [
  {
    name: "dev",
    production: false,
    app: APP,
    region: "ap-guangzhou",
    availabilityZone: "ap-guangzhou-3",
    network: { vpcCidr: "10.10.0.0/16", subnetCidr: "10.10.1.0/24" },
    redis: { architecture: "standard", version: "7.0", memoryMb: 256, replicas: 1 },
    function: { runtime: "Nodejs20.19", memoryMb: 128, timeoutSeconds: 10 },
    ingress: { kind: "functionUrl" },
    sms: { ...SMS_DEFAULTS, template: { manage: false, id: TEMPLATE_ID } },
    limits: DEFAULT_LIMITS,
    sessions: {
      ...SESSION_DEFAULTS,
      issuer: issuer("dev"),
      audience: "smsverify-dev",
      // Pages on your own machine calling the deployed dev function (npm run dev's page is on :8081).
      allowedOrigins: ["http://localhost:8081", "http://127.0.0.1:8081"],
      legacyRequests: true, // the tutorial's GET/form clients keep working in dev
    },
    role: { leastPrivilege: false },
    tags: { "cost-center": "sms-verification" },
    // No account needed: `npx cdktf synth` and a local `cdktf deploy dev` keep state on disk.
    backend: { kind: "local" },
    campaigns: { ...CAMPAIGN_DEFAULTS, sendRatePerSecond: 5 },
    // Logs kept a week; no alarms (only a dev environment may turn them off).
    operations: {
      logs: { retentionDays: 7 },
      alarms: { enabled: false, contacts: {}, thresholds: ALARM_THRESHOLDS },
      capacity: { verification: { reservedConcurrency: 10 }, bulkGreeting: { reservedConcurrency: 2 } },
    },
  },
  {
    name: "staging",
    production: false,
    app: APP,
    region: "ap-guangzhou",
    availabilityZone: "ap-guangzhou-4",
    network: { vpcCidr: "10.20.0.0/16", subnetCidr: "10.20.1.0/24" },
    redis: { architecture: "standard", version: "7.0", memoryMb: 1024, replicas: 1 },
    function: { runtime: "Nodejs20.19", memoryMb: 256, timeoutSeconds: 10 },
    ingress: { kind: "functionUrl" },
    sms: { ...SMS_DEFAULTS, template: { manage: false, id: TEMPLATE_ID } },
    limits: DEFAULT_LIMITS,
    sessions: {
      ...SESSION_DEFAULTS,
      issuer: issuer("staging"),
      audience: "smsverify-staging",
      allowedOrigins: [appOrigin("https://staging.app.example.com")],
      legacyRequests: false,
    },
    role: { leastPrivilege: true },
    tags: { "cost-center": "sms-verification" },
    // State at smsverify/staging/terraform.tfstate in the state bucket.
    backend: { kind: "cos", bucket: STATE_BUCKET, region: "ap-guangzhou", encrypt: true },
    campaigns: CAMPAIGN_DEFAULTS,
    operations: {
      logs: { retentionDays: 30 },
      alarms: { enabled: true, contacts: ALARM_CONTACTS, thresholds: ALARM_THRESHOLDS },
      capacity: { verification: { reservedConcurrency: 50 }, bulkGreeting: { reservedConcurrency: 2 } },
    },
  },
  {
    name: "prod",
    production: true,
    app: APP,
    region: "ap-shanghai",
    availabilityZone: "ap-shanghai-5",
    network: { vpcCidr: "10.30.0.0/16", subnetCidr: "10.30.1.0/24" },
    redis: { architecture: "cluster", version: "7.0", memoryMb: 1024, replicas: 2, shards: 3 },
    function: { runtime: "Nodejs20.19", memoryMb: 256, timeoutSeconds: 10 },
    ingress: { kind: "functionUrl" },
    sms: {
      ...SMS_DEFAULTS,
      template: {
        manage: true,
        name: "smsverify-login-code",
        international: 0,
        remark: "Login verification code for the smsverify app",
      },
    },
    limits: { ...DEFAULT_LIMITS, ipHourlyLimit: 60 },
    sessions: {
      ...SESSION_DEFAULTS,
      issuer: issuer("prod"),
      audience: "smsverify-prod",
      allowedOrigins: [appOrigin("https://app.example.com")],
      legacyRequests: false,
    },
    role: { leastPrivilege: true },
    tags: { "cost-center": "sms-verification" },
    backend: { kind: "cos", bucket: STATE_BUCKET, region: "ap-guangzhou", encrypt: true },
    campaigns: {
      ...CAMPAIGN_DEFAULTS,
      sendRatePerSecond: 50,
      function: { memoryMb: 512, timeoutSeconds: 600 },
      bucket: { versioning: true, retentionDays: 365, noncurrentRetentionDays: 30 },
      // The tutorial's Spring Festival greeting, submitted for approval as a marketing template.
      templates: [
        {
          key: "spring-festival",
          name: "smsverify-spring-festival",
          international: 0,
          remark: "Annual Spring Festival greeting to members",
        },
      ],
    },
    operations: {
      logs: { retentionDays: 180 },
      alarms: {
        enabled: true,
        contacts: { ...ALARM_CONTACTS, channels: ["email", "sms", "call"] },
        thresholds: PROD_ALARM_THRESHOLDS,
      },
      // Cluster of 3 shards: limit 30,000 connections; (500 + 4) containers × 4 connections stays well under.
      capacity: {
        verification: { reservedConcurrency: 500, provisionedConcurrency: 5 },
        bulkGreeting: { reservedConcurrency: 4 },
      },
    },
  },
];

// Re-exported so that the import stays in use once every placeholder is filled: a finished table
// must pass tsc's noUnusedLocals (npm test) without anyone editing the imports.
export { yours };

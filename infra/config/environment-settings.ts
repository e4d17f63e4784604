// The shape of one environment entry: everything that differs between dev, staging and prod.
// Entries are written in environments.ts (where account-specific values may still be
// `yours(…)` placeholders, see placeholder.ts) and checked once by validate-environment.ts before any
// construct reads them; constructs receive the validated `EnvironmentConfig`, never raw input.
import type { z } from "zod";
import type { captchaSchema, limitsSchema, sessionsSchema, smsSchema } from "../../functions/verification/settings";
import type { OperationsSettings } from "./operations-settings";

import { PlaceholderUse, WithPlaceholders } from "./placeholder";

export type RedisArchitecture = "standard" | "cluster";
export type RedisVersion = "6.2" | "7.0";
export type IngressKind = "functionUrl" | "apiGateway";

export interface NetworkSettings {
  /**
   * VPC range of a network created by the stack, e.g. 10.20.0.0/16 (Tencent allows 10/8,
   * 172.16/12, 192.168/16 sub-ranges, /12–/28). Omit it when `existing` is given.
   */
  vpcCidr?: string;
  /** The one subnet holding the function and Redis: created inside vpcCidr, or the existing subnet's range. */
  subnetCidr: string;
  /**
   * Bring your own network: an existing VPC and subnet (ids from the VPC console), used as they
   * are and never managed (nor destroyed) by the stack.
   */
  existing?: { vpcId: string; subnetId: string };
}

/**
 * Resources already in the account that the stack takes over instead of creating (Terraform
 * import blocks): the configuration must describe them as they are, or the plan shows the
 * update (or replacement) it would make. Used once, e.g. to adopt the tutorial's console-built
 * VPC, subnet, Redis and its security group; docs/deploying.md walks through it.
 */
export interface AdoptSettings {
  vpcId?: string;
  subnetId?: string;
  redisId?: string;
  redisSecurityGroupId?: string;
}

/** A TencentDB for Redis instance the stack creates (and may adopt, see AdoptSettings). */
export interface CreatedRedisSettings {
  architecture: RedisArchitecture;
  version: RedisVersion;
  /** Standard: instance memory; cluster: memory per shard (MB). */
  memoryMb: number;
  /** Replicas per shard (1–5). */
  replicas: number;
  /** Cluster only: number of shards. */
  shards?: number;
  port?: number;
  existing?: undefined;
}

/** Where the operator's own Secrets Manager secret keeps the Redis password. */
export interface RedisPasswordSecret {
  /** Secret name in the environment's region; the function's role is granted read on it alone. */
  name: string;
  /** The version to read; default "current". */
  versionId?: string;
  /**
   * Absent: the whole SecretString is the password. Given: the SecretString is a JSON object and
   * the password is its string property of this name (the console's key-value secrets).
   */
  field?: string;
}

/**
 * Bring your own Redis: an instance the stack does not create or manage, reached at host:port from
 * the function subnet; its password is read by the function at runtime from the operator's secret,
 * so it never enters Terraform state.
 */
export interface ExistingRedis {
  /** Private address (IP or name) reachable from the function subnet. */
  host: string;
  /** Default 6379. */
  port?: number;
  /** "cluster" for TencentDB's cluster architecture (cluster client, per-slot scripts); default "standard". */
  architecture?: RedisArchitecture;
  passwordSecret: RedisPasswordSecret;
  /** The instance id (crs-…), optional: with it the Redis alarms watch the instance. */
  instanceId?: string;
}

export interface ExistingRedisSettings {
  existing: ExistingRedis;
}

export type RedisSettings = CreatedRedisSettings | ExistingRedisSettings;

/** Whether an entry's (or config's) Redis is brought rather than created. */
export function isExistingRedis<T extends { existing?: unknown }>(
  redis: T,
): redis is T & { existing: NonNullable<T["existing"]> } {
  return redis.existing !== undefined;
}

export interface FunctionSettings {
  /** SCF runtime; default Nodejs20.19, the newest Node runtime SCF documents (Nodejs18.15 stays selectable). */
  runtime?: string;
  memoryMb: number;
  timeoutSeconds: number;
}

export interface IngressSettings {
  kind: IngressKind;
  /** apiGateway only: attach to an existing API Gateway service instead of creating one. */
  existingServiceId?: string;
}

/** A signature managed as code (submitted for review on first apply). */
export interface ManagedSignSettings {
  manage: true;
  name: string;
  /** tencentcloud_sms_sign sign_type 0–6 (0 company, 1 app, 2 website, 3 official account, …). */
  signType: number;
  /** document_type 0–8 (0 business licence, …). */
  documentType: number;
  /** 0 mainland China, 1 international. */
  international: 0 | 1;
  /** 0 own business, 1 other's business. */
  signPurpose: 0 | 1;
  /** Path (relative to the repository root) of the proof image; read and base64-encoded at synth. */
  proofImagePath: string;
}

export interface ExistingSignSettings {
  manage: false;
  /** An approved signature's text, sent as SignName. */
  name: string;
}

export interface ManagedTemplateSettings {
  manage: true;
  name: string;
  /** Defaults to the tutorial's body with {1} = code and {2} = minutes. */
  content?: string;
  international: 0 | 1;
  remark: string;
}

export interface ExistingTemplateSettings {
  manage: false;
  /** An approved template id. */
  id: string;
}

/** The function's SMS settings the table sets (docs/configuration.md has the ranges and defaults). */
type FunctionSms = Pick<z.input<typeof smsSchema>, "timeoutSeconds" | "allowedRegions">;

export interface SmsSettings extends FunctionSms {
  sdkAppId: string;
  /** Region of the SMS API endpoint (ap-guangzhou, ap-beijing or ap-nanjing). */
  region: string;
  sign: ManagedSignSettings | ExistingSignSettings;
  /** The verification template in `defaultLocale`. */
  template: ManagedTemplateSettings | ExistingTemplateSettings;
  /** The same template in more locales (locale tag → template), e.g. { en: {...} }. */
  locales?: Record<string, ManagedTemplateSettings | ExistingTemplateSettings>;
  /** Locale of `template` and the fallback for requests naming none the pair has (default zh-CN). */
  defaultLocale?: string;
  /**
   * Numbers outside mainland China: Tencent needs an international signature and templates for
   * them. With this pair, sign/template above are the domestic (+86) pair and the served regions
   * are CN plus `regions` (unless allowedRegions says otherwise, which must then be servable).
   */
  international?: InternationalSmsSettings;
}

export interface InternationalSmsSettings {
  sign: ManagedSignSettings | ExistingSignSettings;
  /** Locale tag → template; the defaultLocale's, or else the first, is the fallback. */
  templates: Record<string, ManagedTemplateSettings | ExistingTemplateSettings>;
  /** ISO 3166 alpha-2 regions served with this pair, e.g. ["HK", "MO", "TW", "SG"]. */
  regions: string[];
}

/**
 * The function's limits, as its settings module declares them (functions/verification/settings):
 * every field has the function's default, so an entry states only what it changes.
 */
export type LimitSettings = z.input<typeof limitsSchema>;
/** Limits with every default filled in. */
export type LimitConfig = z.output<typeof limitsSchema>;
export type SmsBudgetSettings = NonNullable<LimitSettings["smsBudgets"]>;

/** Tencent Captcha in front of getSms (and login); the AppSecretKey is a Terraform variable. */
export type CaptchaSettings = Pick<z.input<typeof captchaSchema>, "appId" | "on" | "failOpen">;

/** Login sessions and browser access (docs/sessions.md); issuer and audience are required here. */
export type SessionSettings = Omit<z.input<typeof sessionsSchema>, "preflightMaxAgeSeconds" | "issuer" | "audience"> & {
  /** Access tokens' `iss`: a URL you own that names this login service, e.g. https://login.example.com. */
  issuer: string;
  /** Access tokens' `aud`: the app (backends) the tokens are for; differs per environment. */
  audience: string;
};
type SessionConfig = Omit<z.output<typeof sessionsSchema>, "preflightMaxAgeSeconds">;

/**
 * Test numbers (app-store review accounts, end-to-end tests): each gets a fixed code generated by
 * Terraform and kept in the function's Secrets Manager secret; getSms sends them no SMS, their
 * logins are logged with `testNumber: true` (docs/abuse-protection.md, "Test numbers").
 */
export interface TestNumberSettings {
  /** E.164 mobile numbers of regions the environment serves (sms.allowedRegions), e.g. "+8613800138000". */
  numbers: string[];
  /** A production environment (`production: true`) refuses test numbers unless this is true. */
  allowInProduction?: boolean;
}

export interface RoleSettings {
  /** false: attach QcloudSMSFullAccess (as the tutorial); true: a custom policy allowing only sms:SendSms. */
  leastPrivilege: boolean;
}

export type BackendSettings =
  | { kind: "local"; path?: string }
  | {
      kind: "cos";
      bucket: string;
      region: string;
      /** Default `<app>/<env>`; must contain the app name so two apps never share a state key. */
      prefix?: string;
      /** Default `terraform.tfstate`. State lives at `<prefix>/<key>` in the bucket. */
      key?: string;
      encrypt: boolean;
    };

/** How CI treats the environment (see ci-environments.ts). */
export interface CiSettings {
  /**
   * Default true for a COS backend. false keeps a remote-state environment out of the apply chain
   * (planned for review only). Cannot be true with local state.
   */
  apply?: boolean;
}

/** A marketing body template managed as code (tencentcloud_sms_template with sms_type 1). */
export interface CampaignTemplateSettings {
  /** Key of the template in the bulk-greeting catalogue (functions/bulk-greeting/content). */
  key: string;
  /** Template name in the SMS console; unique per SMS app. */
  name: string;
  /** Defaults to the catalogue's text for `key`, so what is validated is what is approved. */
  content?: string;
  international: 0 | 1;
  remark: string;
}

/** Bulk greeting campaigns: the bulk-greeting function, its bucket, timer and marketing content. */
export interface CampaignSettings {
  /** The account's APPID: COS bucket names must end with `-<APPID>`. */
  appId: string;
  /**
   * SCF timer cron (seven fields: second minute hour day month weekday year) for the tick that
   * picks up due campaigns, e.g. "0 * * * * * *" (every minute, second 0).
   */
  timerCron: string;
  /** SendSms requests per second the function keeps to. */
  sendRatePerSecond: number;
  function: { memoryMb: number; timeoutSeconds: number };
  bucket: {
    /** Keep every object's previous versions (overwritten results, deleted files) recoverable. */
    versioning: boolean;
    /** Campaign files and results are deleted this many days after upload. */
    retentionDays: number;
    /** Previous versions are deleted this many days after being replaced (versioning only). */
    noncurrentRetentionDays?: number;
  };
  /** Optional marketing signature managed as code; otherwise campaigns name an approved one. */
  sign?: ManagedSignSettings;
  /** Marketing body templates managed as code. */
  templates?: CampaignTemplateSettings[];
  /**
   * Per catalogue key (functions/bulk-greeting/content/campaign-templates.ts): the approved
   * template id and marketing signature in this environment's SMS app, which `npm run campaign`
   * puts into a scheduled campaign. Spread from the table's campaign defaults, so a new
   * environment has them without another file to edit.
   */
  templateBindings?: Record<string, { templateId: string; signName: string }>;
}

export interface EnvironmentSettings {
  /** Environment and stack name: lower-case letters and digits. */
  name: string;
  /** Application name, first part of every resource name `<app>-<env>-<part>`. */
  app: string;
  region: string;
  /**
   * Whether real users are served here: stated per entry, required, never guessed from the name.
   * A production environment refuses test numbers unless testNumbers.allowInProduction is true.
   */
  production: boolean;
  availabilityZone: string;
  network: NetworkSettings;
  redis: RedisSettings;
  function: FunctionSettings;
  ingress: IngressSettings;
  sms: SmsSettings;
  limits: LimitSettings;
  /** Absent: no Captcha. */
  captcha?: CaptchaSettings;
  /** Absent: no test numbers. */
  testNumbers?: TestNumberSettings;
  sessions: SessionSettings;
  role: RoleSettings;
  tags: Record<string, string>;
  backend: BackendSettings;
  ci?: CiSettings;
  adopt?: AdoptSettings;
  /** Absent: no bulk-greeting function, bucket or marketing content in this environment. */
  campaigns?: CampaignSettings;
  /** Logs (CLS), alarms and capacity (operations-settings.ts). */
  operations: OperationsSettings;
}

/**
 * One entry as written in the table: any free-form string may still be a `yours(…)` placeholder,
 * except the entry's identity (name, app, region), which CI and the state key are built from.
 */
export type EnvironmentEntry = Omit<WithPlaceholders<EnvironmentSettings>, "name" | "app" | "region"> &
  Pick<EnvironmentSettings, "name" | "app" | "region">;

/** The state backend with its defaults filled in; the COS key always contains the app name. */
export type BackendConfig =
  | { kind: "local"; path: string }
  | { kind: "cos"; bucket: string; region: string; prefix: string; key: string; encrypt: boolean };

/** A validated environment with every default filled in. */
export interface EnvironmentConfig extends EnvironmentSettings {
  /** Fields still holding a `yours(…)` placeholder (synth used its example; plan/apply refuse). */
  placeholders: PlaceholderUse[];
  backend: BackendConfig;
  redis: RedisConfig;
  function: Required<FunctionSettings> & { bundleTarget: string };
  /** Tags applied to every taggable resource: the entry's tags plus env, app and managed-by. */
  tags: Record<string, string>;
  sms: SmsSettings & Pick<z.output<typeof smsSchema>, "timeoutSeconds" | "allowedRegions">;
  limits: LimitConfig;
  sessions: SessionConfig;
  captcha?: Pick<z.output<typeof captchaSchema>, "appId" | "on" | "failOpen">;
  campaigns?: CampaignConfig;
}

/** A created Redis with its defaults filled in. */
export type CreatedRedisConfig = Required<Omit<CreatedRedisSettings, "shards" | "existing">> & {
  shards: number;
  typeId: number;
  existing?: undefined;
};

/** A brought Redis with its defaults filled in. */
export interface ExistingRedisConfig {
  existing: Required<Omit<ExistingRedis, "instanceId" | "passwordSecret">> & {
    instanceId?: string;
    passwordSecret: Required<Omit<RedisPasswordSecret, "field">> & { field?: string };
  };
}

export type RedisConfig = CreatedRedisConfig | ExistingRedisConfig;

/** Validated campaign settings with the derived bucket name and every default filled in. */
export interface CampaignConfig extends CampaignSettings {
  /** `<app>-<env>-campaigns-<appid>`. */
  bucketName: string;
  bucket: Required<CampaignSettings["bucket"]>;
  templates: Array<CampaignTemplateSettings & { content: string }>;
}

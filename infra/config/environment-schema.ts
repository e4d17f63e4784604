// The shape of one environment entry as a strict zod schema: every key known (a typo is an
// error naming its path), every field's type and single-field rule. Rules that relate two fields
// (zone in region, subnet in VPC, timeouts, sizes per Redis architecture) live in
// environment-rules.ts, so both kinds of problem are reported together.
import { z } from "zod";
import { campaignsSchema, managedSignSchema } from "./campaign-schema";
import { cidrContains, parseCidr } from "./cidr-range";
import { EnvironmentSettings } from "./environment-settings";
import {
  booleanFlag,
  catalogued,
  expecting,
  integerIn,
  matching,
  nonEmptyString,
  oneOf,
  scfMemoryMb,
  zeroOrOne,
} from "./field-schemas";
import { operationsSchema } from "./operations-schema";
import { fraudGuardDefaults } from "../../functions/verification/service/fraud-guard";
import { isKnownPhoneRegion } from "../../functions/verification/service/phone-number";
import {
  NODE_RUNTIMES,
  REDIS_TYPE_IDS,
  REGIONS,
  SCF_TIMEOUT_RANGE,
  SMS_API_REGIONS,
  VPC_PRIVATE_RANGES,
} from "./tencentcloud-catalog";

const NAME_PATTERN = /^[a-z][a-z0-9]{1,15}$/;
const APP_PATTERN = /^[a-z][a-z0-9-]{1,23}$/;
const TAG_KEY_PATTERN = /^[A-Za-z0-9_.:/=+@-]{1,127}$/;
const COS_BUCKET_PATTERN = /^[a-z0-9][a-z0-9-]*-\d{6,}$/;
/** Test numbers per environment: each is one generated code in a secret of at most 4 KB. */
const MAX_TEST_NUMBERS = 50;
/** Tags every resource gets from the stack itself (see validate-environment.ts). */
export const RESERVED_TAG_KEYS: readonly string[] = ["env", "app", "managed-by"];

/** A Tencent Cloud resource id such as vpc-1a2b3c4d (prefix, dash, 8 lower-case letters/digits). */
function resourceId(prefix: string) {
  return matching(new RegExp(`^${prefix}-[a-z0-9]{8}$`), `must be an id of the form ${prefix}-xxxxxxxx`);
}

const NOT_A_CIDR = "is not an IPv4 CIDR block (a.b.c.d/n, no host bits)";

const vpcCidr = z.string({ error: expecting(`must be an IPv4 CIDR block`) }).superRefine((text, ctx) => {
  const vpc = parseCidr(text);
  if (!vpc) ctx.addIssue({ code: "custom", message: `"${text}" ${NOT_A_CIDR}` });
  else if (!VPC_PRIVATE_RANGES.some((r) => cidrContains(parseCidr(r)!, vpc)) || vpc.prefix < 12 || vpc.prefix > 28) {
    ctx.addIssue({ code: "custom", message: `must lie in ${VPC_PRIVATE_RANGES.join(", ")} with a /12–/28 mask, got ${text}` });
  }
});

const subnetCidr = z.string({ error: expecting(`must be an IPv4 CIDR block`) }).superRefine((text, ctx) => {
  const subnet = parseCidr(text);
  if (!subnet) ctx.addIssue({ code: "custom", message: `"${text}" ${NOT_A_CIDR}` });
  else if (subnet.prefix > 28) ctx.addIssue({ code: "custom", message: `mask must be /28 or wider, got ${text}` });
});

const redisVersions = Object.keys(REDIS_TYPE_IDS) as ["6.2", "7.0"];

/** An SSM secret name: 1–128 letters, digits, '-' and '_' (Secrets Manager's rule). */
const SECRET_NAME_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

const existingRedisSchema = z.strictObject({
  host: matching(/^[A-Za-z0-9.-]{1,253}$/, "must be the Redis instance's private IP or host name"),
  port: integerIn(1, 65535).optional(),
  architecture: oneOf(["standard", "cluster"]).optional(),
  passwordSecret: z.strictObject({
    name: matching(SECRET_NAME_PATTERN, "must be a Secrets Manager secret name (letters, digits, - and _)"),
    versionId: matching(/^[A-Za-z0-9._-]{1,64}$/, "must be the secret's version id, e.g. current").optional(),
    field: matching(/^[A-Za-z0-9._-]{1,128}$/, "must be the name of the JSON field holding the password").optional(),
  }),
  instanceId: resourceId("crs").optional(),
});

// Created (architecture, version, memoryMb, replicas required) or brought (existing): which keys
// must be present is a rule of its own (environment-rules.ts), so both mistakes name their path.
const redisSchema = z.strictObject({
  architecture: oneOf(["standard", "cluster"]).optional(),
  version: oneOf(redisVersions).optional(),
  // Which sizes and shard counts are sold depends on the architecture: environment-rules.ts.
  memoryMb: z.number({ error: expecting("must be a memory size in MB") }).optional(),
  replicas: integerIn(1, 5).optional(),
  shards: z.number({ error: expecting("must be a shard count") }).optional(),
  port: integerIn(6379, 65535).optional(),
  existing: existingRedisSchema.optional(),
});

const functionSchema = z.strictObject({
  runtime: catalogued("an SCF Node runtime", Object.keys(NODE_RUNTIMES)).optional(),
  memoryMb: scfMemoryMb(),
  timeoutSeconds: integerIn(SCF_TIMEOUT_RANGE.min, SCF_TIMEOUT_RANGE.max),
});

const ingressSchema = z.strictObject({
  kind: oneOf(["functionUrl", "apiGateway"]),
  existingServiceId: matching(/^service-[a-z0-9]+$/, "must be an API Gateway service id of the form service-xxxxxxxx").optional(),
});

const existingSignSchema = z.strictObject({ manage: z.literal(false), name: nonEmptyString() });

const managedTemplateSchema = z.strictObject({
  manage: z.literal(true),
  name: nonEmptyString(),
  content: z
    .string({ error: expecting("must be the template text") })
    .refine((c) => c.includes("{1}") && c.includes("{2}"), { error: "must contain {1} (the code) and {2} (minutes valid)" })
    .optional(),
  international: zeroOrOne(),
  remark: nonEmptyString(),
});

const existingTemplateSchema = z.strictObject({
  manage: z.literal(false),
  id: matching(/^\d+$/, "must be an approved numeric template id"),
});

const allowedRegionsSchema = z
  .array(z.unknown(), { error: expecting("must be a list of ISO 3166 alpha-2 regions") })
  .superRefine((regions, ctx) => {
    if (regions.length === 0) {
      ctx.addIssue({ code: "custom", message: 'must list at least one ISO 3166 alpha-2 region, e.g. ["CN"]' });
      return;
    }
    for (const region of regions) {
      if (typeof region !== "string" || !/^[A-Z]{2}$/.test(region) || !isKnownPhoneRegion(region)) {
        ctx.addIssue({
          code: "custom",
          message: `${JSON.stringify(region)} is not an upper-case ISO 3166 alpha-2 region with phone numbers`,
        });
      }
    }
    if (new Set(regions).size !== regions.length) ctx.addIssue({ code: "custom", message: "lists a region twice" });
  }) as unknown as z.ZodType<string[]>;

const smsSchema = z.strictObject({
  sdkAppId: matching(/^14\d{8}$/, "must be a 10-digit SmsSdkAppId starting with 14"),
  region: catalogued("a region the SMS API is served from", SMS_API_REGIONS),
  timeoutSeconds: integerIn(1, 60),
  allowedRegions: allowedRegionsSchema.optional(),
  sign: z.discriminatedUnion("manage", [managedSignSchema(), existingSignSchema], {
    error: 'must be true (a signature managed as code) or false (an approved signature named by "name")',
  }),
  template: z.discriminatedUnion("manage", [managedTemplateSchema, existingTemplateSchema], {
    error: 'must be true (a template managed as code) or false (an approved template named by "id")',
  }),
});

const fraudGuardLevelSchema = z.strictObject({
  minSends: integerIn(0, 1000000).optional(),
  minConversionPercent: integerIn(0, 100).optional(),
  blockSeconds: integerIn(60, 30 * 86400).optional(),
});

const limitsSchema = z.strictObject({
  codeTtlSeconds: integerIn(60, 3600).refine((s) => s % 60 === 0, {
    error: "must be whole minutes: the SMS template states the validity in minutes",
  }),
  maxAttempts: integerIn(1, 10),
  resendCooldownSeconds: integerIn(1, 3600),
  dailyLimit: integerIn(1, 1000),
  ipHourlyLimit: integerIn(1, 100000),
  unknownAddressHourlyLimit: integerIn(1, 100000).optional(),
  loginIpHourlyWrongLimit: integerIn(1, 100000).optional(),
  loginPhoneDailyWrongLimit: integerIn(1, 1000).optional(),
  smsBudgets: z
    .strictObject({
      hourly: integerIn(0, 10000000).optional(),
      daily: integerIn(0, 100000000).optional(),
      prefixHourly: integerIn(0, 10000000).optional(),
      prefixDigits: integerIn(1, 10).optional(),
    })
    .optional(),
  fraudGuard: z
    .strictObject({
      prefix: fraudGuardLevelSchema.optional(),
      country: fraudGuardLevelSchema.optional(),
      windowSeconds: integerIn(60, 7 * 86400).optional(),
      bucketSeconds: integerIn(10, 86400).optional(),
    })
    .refine(
      (g) => {
        const buckets =
          (g.windowSeconds ?? fraudGuardDefaults.windowSeconds) / (g.bucketSeconds ?? fraudGuardDefaults.bucketSeconds);
        return Number.isInteger(buckets) && buckets >= 1 && buckets <= 288;
      },
      { error: "windowSeconds must be a whole number of bucketSeconds (1 to 288 buckets)" },
    )
    .optional(),
});

const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

const sessionsSchema = z.strictObject({
  issuer: matching(
    /^https:\/\/[^\s/]+(\/[^\s]*)?$|^urn:[a-z0-9:.-]+$/i,
    "must be an https URL (or urn:) naming the login service",
  ),
  audience: nonEmptyString(),
  accessTokenTtlSeconds: integerIn(60, 86400),
  refreshTokenTtlSeconds: integerIn(300, 31536000),
  allowedOrigins: z.array(
    matching(ORIGIN_PATTERN, "must be an origin like https://app.example.com (scheme, host, optional port; no path)"),
    {
      error: expecting("must be a list of origins"),
    },
  ),
  legacyRequests: booleanFlag(),
});

const tagsSchema = z
  .record(z.string(), z.string({ error: expecting("a tag value must be a string") }))
  .superRefine((tags, ctx) => {
    for (const key of Object.keys(tags)) {
      if (!TAG_KEY_PATTERN.test(key)) ctx.addIssue({ code: "custom", path: [key], message: "is not a valid tag key" });
      if (RESERVED_TAG_KEYS.includes(key)) ctx.addIssue({ code: "custom", path: [key], message: "is set by the stack itself" });
    }
  });

const backendSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("local"), path: nonEmptyString().optional() }),
    z.strictObject({
      kind: z.literal("cos"),
      bucket: matching(COS_BUCKET_PATTERN, "must be a COS bucket name <name>-<appid>"),
      region: catalogued("a Tencent Cloud region", REGIONS),
      prefix: nonEmptyString().optional(),
      key: nonEmptyString().optional(),
      encrypt: booleanFlag(),
    }),
  ],
  { error: expecting('must be "local" (state on disk) or "cos" (a COS bucket)') },
);

export const environmentSchema: z.ZodType<EnvironmentSettings> = z.strictObject({
  name: matching(NAME_PATTERN, "must be 2–16 lower-case letters/digits starting with a letter"),
  app: matching(APP_PATTERN, "must be 2–24 lower-case letters, digits or '-' starting with a letter"),
  region: catalogued("a region with SCF, TencentDB for Redis and VPC", REGIONS),
  // Checked against the region in environment-rules.ts.
  availabilityZone: z.string({ error: expecting("must be an availability zone such as ap-guangzhou-3") }),
  // Exactly one of vpcCidr (create) and existing (bring your own): environment-rules.ts.
  network: z.strictObject({
    vpcCidr: vpcCidr.optional(),
    subnetCidr,
    existing: z.strictObject({ vpcId: resourceId("vpc"), subnetId: resourceId("subnet") }).optional(),
  }),
  redis: redisSchema as unknown as z.ZodType<EnvironmentSettings["redis"]>,
  function: functionSchema,
  ingress: ingressSchema,
  sms: smsSchema,
  limits: limitsSchema,
  captcha: z
    .strictObject({
      appId: integerIn(1, 999999999999),
      on: z.enum(["getSms", "getSmsAndLogin"], { error: expecting('must be "getSms" or "getSmsAndLogin"') }),
      failOpen: booleanFlag().optional(),
    })
    .optional(),
  // Numbers' validity and region, and the production rule: environment-rules.ts.
  testNumbers: z
    .strictObject({
      numbers: z
        .array(matching(/^\+[1-9]\d{5,14}$/, "must be an E.164 number such as +8613800138000"), {
          error: expecting("must be a list of E.164 numbers"),
        })
        .min(1, { error: "must list at least one number (leave testNumbers out for none)" })
        .max(MAX_TEST_NUMBERS, { error: `must list at most ${MAX_TEST_NUMBERS} numbers` })
        .refine((numbers) => new Set(numbers).size === numbers.length, { error: "lists a number twice" }),
      allowInProduction: booleanFlag().optional(),
    })
    .optional(),
  sessions: sessionsSchema,
  role: z.strictObject({ leastPrivilege: booleanFlag() }),
  tags: tagsSchema,
  backend: backendSchema,
  // Whether CI applies it: see ci-environments.ts; local state with apply true is refused in environment-rules.ts.
  ci: z.strictObject({ apply: booleanFlag().optional() }).optional(),
  adopt: z
    .strictObject({
      vpcId: resourceId("vpc").optional(),
      subnetId: resourceId("subnet").optional(),
      redisId: resourceId("crs").optional(),
      redisSecurityGroupId: resourceId("sg").optional(),
    })
    .optional(),
  campaigns: campaignsSchema.optional(),
  operations: operationsSchema,
});

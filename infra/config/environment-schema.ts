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
import {
  captchaSchema,
  limitsSchema,
  LOCALE_PATTERN,
  redisPasswordSecretSchema,
  sessionsSchema as functionSessionsSchema,
  smsSchema as functionSmsSchema,
} from "../../functions/verification/settings";
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

const existingRedisSchema = z.strictObject({
  host: matching(/^[A-Za-z0-9.-]{1,253}$/, "must be the Redis instance's private IP or host name"),
  port: integerIn(1, 65535).optional(),
  architecture: oneOf(["standard", "cluster"]).optional(),
  // The function reads it with the same variables (REDIS_PASSWORD_SECRET_NAME/_VERSION/_FIELD).
  passwordSecret: redisPasswordSecretSchema,
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

// The function's region list without its default: the table derives the default from the content
// (CN with the domestic pair, plus the international pair's regions; validate-environment.ts).
const servedRegionsSchema = functionSmsSchema.shape.allowedRegions.def.innerType;

const localeTag = () => matching(LOCALE_PATTERN, "must be a locale tag like zh-CN, zh-HK or en");

const templateSchema = () =>
  z.discriminatedUnion("manage", [managedTemplateSchema, existingTemplateSchema], {
    error: 'must be true (a template managed as code) or false (an approved template named by "id")',
  });

const localeTemplatesSchema = () =>
  z.record(z.string(), templateSchema()).superRefine((templates, ctx) => {
    for (const locale of Object.keys(templates)) {
      if (!LOCALE_PATTERN.test(locale))
        ctx.addIssue({ code: "custom", path: [locale], message: "is not a locale tag like zh-CN, zh-HK or en" });
    }
  });

const internationalSmsSchema = z.strictObject({
  sign: z.discriminatedUnion("manage", [managedSignSchema(), existingSignSchema], {
    error: 'must be true (a signature managed as code) or false (an approved signature named by "name")',
  }),
  templates: localeTemplatesSchema().refine((t) => Object.keys(t).length > 0, {
    error: "must name at least one locale's template",
  }),
  regions: servedRegionsSchema,
});

// The function's SMS settings (timeout, served regions) plus what only the stack knows: the
// account's app id, the API region it may use, and the signature and template as code.
const smsSchema = z.strictObject({
  timeoutSeconds: functionSmsSchema.shape.timeoutSeconds,
  allowedRegions: z.optional(servedRegionsSchema),
  sdkAppId: matching(/^14\d{8}$/, "must be a 10-digit SmsSdkAppId starting with 14"),
  region: catalogued("a region the SMS API is served from", SMS_API_REGIONS),
  sign: z.discriminatedUnion("manage", [managedSignSchema(), existingSignSchema], {
    error: 'must be true (a signature managed as code) or false (an approved signature named by "name")',
  }),
  template: templateSchema(),
  locales: localeTemplatesSchema().optional(),
  defaultLocale: localeTag().optional(),
  international: internationalSmsSchema.optional(),
});

// Sessions as the function reads them, except its preflight cache age (not set per environment);
// issuer and audience have no default here: each environment names its own.
const { preflightMaxAgeSeconds: _function_only, issuer, audience, ...sessionFields } = functionSessionsSchema.shape;
const sessionsSchema = z.strictObject({
  issuer: issuer.def.innerType,
  audience: audience.def.innerType,
  ...sessionFields,
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
  // Said explicitly, never guessed from the name (live, prd and main are production too).
  production: booleanFlag(),
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
  // The API endpoint and timeout stay the function's defaults.
  captcha: z
    .strictObject({ appId: captchaSchema.shape.appId, on: captchaSchema.shape.on, failOpen: captchaSchema.shape.failOpen })
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

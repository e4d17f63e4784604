// Builds plan documents shaped like `terraform show -json` output for this project's
// tencentcloud stacks (cdktf addresses with hash suffixes, provider attribute names from
// the tencentcloud schema). Terraform cannot plan these offline without the provider, so
// the shapes mirror the real terraform_data fixtures made by make-fixtures.sh.
import type {
  Change,
  JsonValue,
  OutputChange,
  Plan,
  PlanAction,
  ResourceChange,
  ValueMarks,
} from "../../../../infra/plan-review/plan-json";

export const TC_SECRETS = {
  redisPassword: "fx-tc-redis-pw-5e1d9Q",
  pepper: "fx-tc-pepper-77aa0c",
} as const;

const PROVIDER = "registry.terraform.io/tencentcloudstack/tencentcloud";

export const ADDRESSES = {
  redis: "tencentcloud_redis_instance.redis_store_instance_4F1A2B3C",
  vpc: "tencentcloud_vpc.network_vpc_8C2D1E0F",
  subnet: "tencentcloud_subnet.network_subnet_77A1B2C3",
  bucket: "tencentcloud_cos_bucket.state_bucket_1B2C3D4E",
  role: "tencentcloud_cam_role.function_role_role_9E8D7C6B",
  attachment: "tencentcloud_cam_role_policy_attachment_by_name.function_role_sms_0A1B2C3D",
  fn: "tencentcloud_scf_function.verification_function_function_5D4C3B2A",
  securityGroup: "tencentcloud_security_group.network_redis_sg_3C4D5E6F",
} as const;

export function tags(env: string): Record<string, string> {
  return { env, app: "sms", "managed-by": "cdktf" };
}

export function trustPolicy(principal: string): string {
  return JSON.stringify({
    version: "2.0",
    statement: [{ action: "name/sts:AssumeRole", effect: "allow", principal: { service: [principal] } }],
  });
}

export function redisAttributes(env: string, zone = "ap-guangzhou-3"): Record<string, JsonValue> {
  return {
    name: `sms-${env}-redis`,
    availability_zone: zone,
    type_id: 17,
    mem_size: 1024,
    vpc_id: "vpc-abc12345",
    subnet_id: "subnet-def67890",
    security_groups: ["sg-0011aabb"],
    password: TC_SECRETS.redisPassword,
    charge_type: "POSTPAID",
    ip: "10.0.1.7",
    port: 6379,
    tags: tags(env),
  };
}

export function functionAttributes(env: string, redisHost = "10.0.1.7"): Record<string, JsonValue> {
  return {
    name: `sms-${env}-verification`,
    handler: "index.main_handler",
    runtime: "Nodejs18.15",
    mem_size: 128,
    timeout: 10,
    role: `sms-${env}-function`,
    zip_file: "assets/verification/0A1B2C3D4E5F/archive.zip",
    environment: {
      REDIS_HOST: redisHost,
      REDIS_PORT: "6379",
      REDIS_PASSWORD: TC_SECRETS.redisPassword,
      CODE_PEPPER: TC_SECRETS.pepper,
      SMS_SDKAPPID: "1400000000",
    },
    triggers: [{ name: "url", type: "http", trigger_desc: '{"AuthType":"NONE"}', cos_region: "" }],
    tags: tags(env),
  };
}

export function roleAttributes(env: string, principal = "scf.qcloud.com"): Record<string, JsonValue> {
  return { name: `sms-${env}-function`, document: trustPolicy(principal), description: "", tags: tags(env) };
}

interface ChangeSpec {
  address: string;
  actions: PlanAction[];
  before?: JsonValue;
  after?: JsonValue;
  afterUnknown?: ValueMarks;
  beforeSensitive?: ValueMarks;
  afterSensitive?: ValueMarks;
  replacePaths?: Array<Array<string | number>>;
  actionReason?: string;
}

/** The provider marks only `password` sensitive on the Redis instance. */
function sensitiveMarksFor(type: string, value: JsonValue | undefined): ValueMarks {
  if (
    type === "tencentcloud_redis_instance" &&
    value &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    "password" in value
  ) {
    return { password: true };
  }
  return {};
}

export function resourceChange(spec: ChangeSpec): ResourceChange {
  const dot = spec.address.indexOf(".");
  const type = spec.address.slice(0, dot);
  const change: Change = {
    actions: spec.actions,
    before: spec.before ?? null,
    after: spec.after ?? null,
    after_unknown: spec.afterUnknown ?? {},
    before_sensitive: spec.beforeSensitive ?? (spec.before ? sensitiveMarksFor(type, spec.before) : false),
    after_sensitive: spec.afterSensitive ?? (spec.after ? sensitiveMarksFor(type, spec.after) : false),
  };
  if (spec.replacePaths) change.replace_paths = spec.replacePaths;
  const rc: ResourceChange = {
    address: spec.address,
    mode: "managed",
    type,
    name: spec.address.slice(dot + 1),
    provider_name: PROVIDER,
    change,
  };
  if (spec.actionReason) rc.action_reason = spec.actionReason;
  return rc;
}

export function noop(address: string, value: JsonValue): ResourceChange {
  return resourceChange({ address, actions: ["no-op"], before: value, after: value });
}

export function tencentcloudPlan(parts: {
  changes: ResourceChange[];
  drift?: ResourceChange[];
  outputs?: Record<string, OutputChange>;
}): Plan {
  return {
    format_version: "1.2",
    terraform_version: "1.11.4",
    resource_changes: parts.changes,
    resource_drift: parts.drift ?? [],
    output_changes: parts.outputs ?? {},
    applyable: true,
    complete: true,
    errored: false,
  };
}

/** A typical dev plan: function env updated, drift on Redis, endpoint output changed. */
export function devFunctionUpdatePlan(): Plan {
  const redis = redisAttributes("dev");
  return tencentcloudPlan({
    changes: [
      noop(ADDRESSES.vpc, { name: "sms-dev-vpc", cidr_block: "10.0.0.0/16", tags: tags("dev") }),
      noop(ADDRESSES.redis, redis),
      noop(ADDRESSES.role, roleAttributes("dev")),
      resourceChange({
        address: ADDRESSES.fn,
        actions: ["update"],
        before: functionAttributes("dev", "10.0.1.7"),
        after: { ...functionAttributes("dev", "10.0.1.9"), mem_size: 256 },
      }),
      resourceChange({
        address: ADDRESSES.securityGroup,
        actions: ["create"],
        after: { name: "sms-dev-redis", description: "Redis from the function subnet", tags: tags("dev") },
        afterUnknown: { id: true },
      }),
    ],
    drift: [
      resourceChange({
        address: ADDRESSES.redis,
        actions: ["update"],
        before: redis,
        after: { ...redis, mem_size: 2048 },
      }),
    ],
    outputs: {
      endpoint: {
        actions: ["update"],
        before: "https://old.scf.tencentcs.com",
        after: null,
        after_unknown: true,
        before_sensitive: false,
        after_sensitive: false,
      },
    },
  });
}

/** Redis and VPC replaced because of ForceNew attributes (zone, CIDR). */
export function foundationReplacePlan(env: string): Plan {
  return tencentcloudPlan({
    changes: [
      resourceChange({
        address: ADDRESSES.redis,
        actions: ["delete", "create"],
        before: redisAttributes(env, "ap-guangzhou-3"),
        after: { ...redisAttributes(env, "ap-guangzhou-4"), ip: null, port: 6379 },
        afterUnknown: { ip: true, id: true },
        replacePaths: [["availability_zone"]],
        actionReason: "replace_because_cannot_update",
      }),
      resourceChange({
        address: ADDRESSES.vpc,
        actions: ["delete", "create"],
        before: { name: `sms-${env}-vpc`, cidr_block: "10.0.0.0/16", tags: tags(env) },
        after: { name: `sms-${env}-vpc`, cidr_block: "10.1.0.0/16", tags: tags(env) },
        afterUnknown: { id: true },
        replacePaths: [["cidr_block"]],
        actionReason: "replace_because_cannot_update",
      }),
      resourceChange({
        address: ADDRESSES.fn,
        actions: ["update"],
        before: functionAttributes(env, "10.0.1.7"),
        after: {
          ...functionAttributes(env),
          environment: { ...(functionAttributes(env).environment as Record<string, JsonValue>), REDIS_HOST: null },
        },
        afterUnknown: { environment: { REDIS_HOST: true } },
      }),
    ],
  });
}

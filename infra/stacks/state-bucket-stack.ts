// StateBucketStack: the bootstrap stack that creates the COS bucket(s) the environment table's
// COS backends keep their Terraform state in — private, versioned (every state write recoverable),
// server-side encrypted, with replaced state versions expiring after STATE_VERSION_DAYS. It keeps
// its own state in a local file: it cannot keep it in the bucket it creates, and it is applied
// once, by a person, before the first environment (`npm run plan -- state-bucket`, then
// `npm run apply -- state-bucket`; docs/deploying.md). It also creates the CAM policies of the
// two CI identities (constructs/ci-access.ts), which only the person bootstrapping may create.
import { Annotations, LocalBackend, TerraformOutput, TerraformStack } from "../framework";
import { Construct } from "constructs";
import { CosBucket } from "../.gen/providers/tencentcloud/cos-bucket";
import { TencentcloudProvider } from "../.gen/providers/tencentcloud/provider";
import { EnvironmentConfig } from "../config/environment-settings";
import { formatPlaceholders } from "../config/placeholder";
import { STATE_BUCKET_STACK, stateBucketPlaceholders } from "../config/state-location";
import { CiAccess } from "../constructs/ci-access";

/** Replaced state versions stay recoverable this long (a bad apply can be rolled back by hand). */
export const STATE_VERSION_DAYS = 90;
/** An interrupted state upload is dropped after this. */
const ABANDONED_UPLOAD_DAYS = 1;

export interface StateBucket {
  bucket: string;
  region: string;
  /** Environments keeping state in it, for the tag and the output. */
  environments: string[];
  apps: string[];
}

/** The distinct COS state buckets of the table, in table order. */
export function stateBucketsOf(configs: readonly EnvironmentConfig[]): StateBucket[] {
  const buckets: StateBucket[] = [];
  for (const config of configs) {
    if (config.backend.kind !== "cos") continue;
    const { bucket, region } = config.backend;
    let entry = buckets.find((b) => b.bucket === bucket && b.region === region);
    if (!entry) buckets.push((entry = { bucket, region, environments: [], apps: [] }));
    entry.environments.push(config.name);
    if (!entry.apps.includes(config.app)) entry.apps.push(config.app);
  }
  return buckets;
}

export class StateBucketStack extends TerraformStack {
  readonly buckets: CosBucket[] = [];

  constructor(scope: Construct, configs: readonly EnvironmentConfig[]) {
    super(scope, STATE_BUCKET_STACK);
    new LocalBackend(this, { path: `terraform.${STATE_BUCKET_STACK}.tfstate` });
    const placeholders = stateBucketPlaceholders(configs);
    if (placeholders.length > 0) {
      Annotations.of(this).addWarning(
        `the state bucket name is still a placeholder; \`npm run plan -- ${STATE_BUCKET_STACK}\` refuses it until it is replaced in infra/config/environments.ts:\n${formatPlaceholders(placeholders)}`,
      );
    }
    const providers = new Map<string, TencentcloudProvider>();
    for (const spec of stateBucketsOf(configs)) {
      // One provider per region: the first is the default, others get the region as alias.
      let provider = providers.get(spec.region);
      if (!provider) {
        provider = new TencentcloudProvider(this, `tencentcloud-${spec.region}`, {
          region: spec.region,
          alias: providers.size === 0 ? undefined : spec.region,
        });
        providers.set(spec.region, provider);
      }
      const bucket = new CosBucket(this, `state-${spec.bucket}`, {
        provider,
        bucket: spec.bucket,
        acl: "private",
        versioningEnable: true,
        encryptionAlgorithm: "AES256",
        // Never empty a state bucket on destroy; prevent_destroy makes terraform refuse outright.
        forceClean: false,
        lifecycle: { preventDestroy: true },
        lifecycleRules: [
          {
            id: "expire-replaced-state-versions",
            nonCurrentExpiration: { nonCurrentDays: STATE_VERSION_DAYS },
            abortIncompleteMultipartUpload: { daysAfterInitiation: ABANDONED_UPLOAD_DAYS },
          },
        ],
        tags: { purpose: "terraform-state", app: spec.apps.join("."), "managed-by": "cdktf" },
      });
      this.buckets.push(bucket);
      new TerraformOutput(this, `bucket-${spec.bucket}`, {
        value: bucket.bucket,
        description: `Terraform state of ${spec.environments.join(", ")} (region ${spec.region})`,
      });
    }
    // The CI identities' policies (CAM is global: the first region's provider creates them).
    const first = providers.values().next().value;
    if (first) {
      const buckets = stateBucketsOf(configs);
      const access = new CiAccess(this, "ci-access", { provider: first, apps: [...new Set(configs.map((c) => c.app))], buckets });
      new TerraformOutput(this, "ci-plan-policy", {
        value: access.planner.name,
        description: "attach to the CI planner's CAM user (TENCENTCLOUD_PLAN_SECRET_ID); docs/ci.md",
      });
      new TerraformOutput(this, "ci-apply-policy", {
        value: access.deployer.name,
        description: "attach to each environment's CI deploy user (TENCENTCLOUD_SECRET_ID); docs/ci.md",
      });
    }
  }
}

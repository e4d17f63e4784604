// Which campaign storage the CLI talks to, from the same variables the function reads:
// CAMPAIGN_STORAGE_DIR (a local directory, for development and tests) or CAMPAIGN_BUCKET and
// CAMPAIGN_BUCKET_REGION (the environment's private COS bucket; credentials from
// TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY / TENCENTCLOUD_SESSIONTOKEN).
import { credentialFromScfEnvironment } from "../../functions/shared/tencent/credential";
import type { CampaignStorage } from "../../functions/bulk-greeting/storage/campaign-storage";
import { CosStorage } from "../../functions/bulk-greeting/storage/cos-storage";
import { LocalDirectoryStorage } from "../../functions/bulk-greeting/storage/local-directory-storage";
import { CliError } from "../command-line";

export function storageFromEnvironment(env: NodeJS.ProcessEnv): CampaignStorage {
  const dir = env.CAMPAIGN_STORAGE_DIR?.trim();
  if (dir) return new LocalDirectoryStorage(dir);
  const bucket = env.CAMPAIGN_BUCKET?.trim();
  if (bucket)
    return new CosStorage(
      { bucket, region: env.CAMPAIGN_BUCKET_REGION?.trim() || "ap-guangzhou" },
      credentialFromScfEnvironment(env),
    );
  throw new CliError(
    "STORAGE_NOT_CONFIGURED",
    "set CAMPAIGN_BUCKET (and CAMPAIGN_BUCKET_REGION) to the environment's campaign bucket, or CAMPAIGN_STORAGE_DIR for a local directory",
  );
}

// CampaignBucket: the private COS bucket holding campaign files — recipients sheets (phone
// numbers and names: personal data), definitions, status, results and delivery receipts. Private
// ACL and no bucket policy, so only the account and CAM identities granted by policy (the
// bulk-greeting function's role, see CampaignBucketAccess) can read it; server-side encrypted;
// versioned so an overwritten result or a deleted file can be recovered; and expired by a
// lifecycle rule so personal data does not outlive its purpose.
import { Construct } from "constructs";
import { CosBucket } from "../.gen/providers/tencentcloud/cos-bucket";
import { COS_BUCKET_RESOURCE } from "../../cloud/cos";

export interface CampaignBucketProps {
  /** `<app>-<env>-campaigns-<appid>` (validated config). */
  bucketName: string;
  region: string;
  appId: string;
  versioning: boolean;
  retentionDays: number;
  noncurrentRetentionDays: number;
  tags: Record<string, string>;
}

/** Campaign data lives under this prefix (functions/bulk-greeting/storage/campaign-storage.ts). */
export const CAMPAIGN_DATA_PREFIX = "campaigns/";
/** Unfinished multipart uploads (a large recipients sheet whose upload broke off) are dropped after this. */
const ABANDONED_UPLOAD_DAYS = 7;

export class CampaignBucket extends Construct {
  readonly bucket: CosBucket;
  /** The bucket name as COS and the SDK spell it. */
  readonly bucketName: string;
  readonly region: string;
  /** CAM resource of the bucket itself (listing). */
  readonly bucketResource: string;
  /** CAM resource of every object in the bucket. */
  readonly objectsResource: string;

  constructor(scope: Construct, id: string, props: CampaignBucketProps) {
    super(scope, id);
    this.bucketName = props.bucketName;
    this.region = props.region;
    this.bucketResource = COS_BUCKET_RESOURCE.bucket(props.region, props.appId, props.bucketName);
    this.objectsResource = COS_BUCKET_RESOURCE.objects(props.region, props.appId, props.bucketName);

    this.bucket = new CosBucket(this, "bucket", {
      bucket: props.bucketName,
      acl: "private",
      encryptionAlgorithm: "AES256",
      versioningEnable: props.versioning,
      // Destroying the stack must not silently delete campaign results.
      forceClean: false,
      lifecycleRules: [
        {
          id: "expire-campaign-data",
          // Only campaign data expires: the `pending/` markers are removed by the function itself.
          filterPrefix: CAMPAIGN_DATA_PREFIX,
          expiration: { days: props.retentionDays },
          nonCurrentExpiration: props.versioning ? { nonCurrentDays: props.noncurrentRetentionDays } : undefined,
          abortIncompleteMultipartUpload: { daysAfterInitiation: ABANDONED_UPLOAD_DAYS },
        },
      ],
      tags: props.tags,
    });
  }
}

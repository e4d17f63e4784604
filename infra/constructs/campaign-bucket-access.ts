// CampaignBucketAccess: a custom CAM policy, attached to the bulk-greeting function's role, that
// lets it read, write, list and delete objects in the campaign bucket and nothing else in COS —
// no other bucket, no bucket configuration (ACL, policy, lifecycle), no GetService listing.
import { Construct } from "constructs";
import { CamPolicy } from "../.gen/providers/tencentcloud/cam-policy";
import { CamRolePolicyAttachment } from "../.gen/providers/tencentcloud/cam-role-policy-attachment";
import { CampaignBucket } from "./campaign-bucket";
import { ResourceNames } from "./resource-names";
import { allowStatement, policyDocument } from "../../cloud/cam";
import { COS_LIST_OBJECTS_ACTION, COS_OBJECT_ACTIONS } from "../../cloud/cos";

export interface CampaignBucketAccessProps {
  names: ResourceNames;
  bucket: CampaignBucket;
  /** tencentcloud_cam_role id of the role to grant. */
  roleId: string;
  tags: Record<string, string>;
}

/** What functions/bulk-greeting/storage/cos-storage.ts calls: put/get/head/delete object. */
export const CAMPAIGN_OBJECT_ACTIONS = [
  COS_OBJECT_ACTIONS.get,
  COS_OBJECT_ACTIONS.put,
  COS_OBJECT_ACTIONS.head,
  COS_OBJECT_ACTIONS.delete,
];
/** Listing keys under a prefix (GET Bucket) is a bucket-level action. */
export const CAMPAIGN_BUCKET_ACTIONS = [COS_LIST_OBJECTS_ACTION];

export function campaignBucketPolicyDocument(bucket: Pick<CampaignBucket, "bucketResource" | "objectsResource">) {
  return policyDocument([
    allowStatement(CAMPAIGN_OBJECT_ACTIONS, [bucket.objectsResource]),
    allowStatement(CAMPAIGN_BUCKET_ACTIONS, [bucket.bucketResource]),
  ]);
}

export class CampaignBucketAccess extends Construct {
  readonly policy: CamPolicy;
  readonly attachment: CamRolePolicyAttachment;

  constructor(scope: Construct, id: string, props: CampaignBucketAccessProps) {
    super(scope, id);
    this.policy = new CamPolicy(this, "policy", {
      name: props.names.of("campaign-bucket"),
      document: JSON.stringify(campaignBucketPolicyDocument(props.bucket)),
      description: `Objects of ${props.bucket.bucketName} only`,
      tags: props.tags,
    });
    this.attachment = new CamRolePolicyAttachment(this, "attachment", { roleId: props.roleId, policyId: this.policy.id });
  }
}

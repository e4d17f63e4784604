// Cloud Object Storage: the CAM actions the bulk-greeting role (and the CI identities) get on a
// bucket and the six-segment resources that scope them. COS names the owner by APPID
// (`uid/<appid>`), not by uin. CAM accepts any string; one that matches nothing grants nothing.
import { CloudName, Source } from "./source";

const COS_CAM_DOC =
  "https://www.tencentcloud.com/document/product/598/57092 (CAM: Cloud Object Storage — resource-level actions, resource qcs::cos:<region>:uid/<appid>:<bucket-appid>/<path>)";
const COS_POLICY_GUIDE =
  "https://www.tencentcloud.com/document/product/436/30580 (COS API authorization policy guide: actions `name/cos:<Api>`, object resources `…:<bucket>/*`, a bucket's own `…:<bucket>/`)";
const CONFIRM_OBJECTS =
  "`npm run campaign -- validate` uploads, the first tick reads and writes results with no AccessDenied in the bulk-greeting log";

/** What functions/bulk-greeting/storage/cos-storage.ts calls on objects: get/put/head/delete. */
export const COS_OBJECT_ACTIONS: Record<"get" | "put" | "head" | "delete", CloudName> = {
  get: { name: "name/cos:GetObject", source: COS_POLICY_GUIDE, confirm: CONFIRM_OBJECTS },
  put: { name: "name/cos:PutObject", source: COS_POLICY_GUIDE, confirm: CONFIRM_OBJECTS },
  head: { name: "name/cos:HeadObject", source: COS_CAM_DOC },
  delete: { name: "name/cos:DeleteObject", source: COS_CAM_DOC },
};

/** Listing keys under a prefix (GET Bucket) is a bucket-level action. */
export const COS_LIST_OBJECTS_ACTION: CloudName = {
  name: "name/cos:GetBucket",
  source: COS_CAM_DOC,
  confirm: "the bulk-greeting tick lists `pending/` (its log shows due campaigns found) with no AccessDenied",
};

/**
 * The six-segment resource of a bucket, `qcs::cos:<region>:uid/<APPID>:<bucket>`: the bucket itself
 * (listing) is `…/`, every object in it `…/*`. The CI policies (infra/constructs/ci-access.ts) name
 * the state bucket with it; the bulk-greeting role the campaign bucket.
 */
const bucketResource = (region: string, appId: string, bucket: string) => `qcs::cos:${region}:uid/${appId}:${bucket}`;

export const COS_BUCKET_RESOURCE = {
  source: `https://www.tencentcloud.com/document/product/436/12469 (COS: Authorization Policy Elements, resource); ${COS_CAM_DOC}; ${COS_POLICY_GUIDE}`,
  confirm: "CAM console → Policies → the policy → the planner can list the state bucket's objects",
  of: bucketResource,
  bucket: (region: string, appId: string, bucket: string) => `${bucketResource(region, appId, bucket)}/`,
  objects: (region: string, appId: string, bucket: string) => `${bucketResource(region, appId, bucket)}/*`,
} as const satisfies Source & Record<string, unknown>;

/** Bucket-level reads the CI planner's refresh needs: HEAD Bucket, and GET Service (the bucket list). */
export const COS_HEAD_BUCKET_ACTION: CloudName = { name: "name/cos:HeadBucket", source: COS_CAM_DOC };
export const COS_LIST_BUCKETS_ACTION: CloudName = {
  name: "name/cos:GetService",
  source: `${COS_POLICY_GUIDE} (GET Service: action name/cos:GetService, resource "*")`,
};

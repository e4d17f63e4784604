// COS: the CAM resource string of a bucket (six-segment `qcs::<service>:<region>:<account>:<resource>`),
// which the CI policies (infra/constructs/ci-access.ts) name. CAM accepts any string; one that
// matches nothing grants nothing, silently, so the format is written here with its source.
import { Source } from "./source";

/** A COS bucket (and `/*` its objects): `qcs::cos:<region>:uid/<APPID>:<bucket>`. */
export const COS_BUCKET_RESOURCE = {
  source: "https://www.tencentcloud.com/document/product/436/12469 (COS: Authorization Policy Elements, resource)",
  confirm: "CAM console → Policies → the policy → the planner can list the state bucket's objects",
  of: (region: string, appId: string, bucket: string) => `qcs::cos:${region}:uid/${appId}:${bucket}`,
} as const satisfies Source & Record<string, unknown>;

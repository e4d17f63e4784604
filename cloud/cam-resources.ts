// CAM resource strings (six-segment `qcs::<service>:<region>:<account>:<resource>`) that the CI
// policies (infra/constructs/ci-access.ts) name. CAM accepts any string; one that matches nothing
// grants nothing, silently, so each format is written here with its source.
import { Source } from "./source";

/** A COS bucket (and `/*` its objects): `qcs::cos:<region>:uid/<APPID>:<bucket>`. */
export const COS_BUCKET_RESOURCE = {
  source: "https://www.tencentcloud.com/document/product/436/12469 (COS: Authorization Policy Elements, resource)",
  confirm: "CAM console → Policies → the policy → the planner can list the state bucket's objects",
  of: (region: string, appId: string, bucket: string) => `qcs::cos:${region}:uid/${appId}:${bucket}`,
} as const satisfies Source & Record<string, unknown>;

/** A Secrets Manager secret: `qcs::ssm:<region>:uin/<uin>:secret/creatorUin/<creatorUin>/<name>`. */
export const SSM_SECRET_RESOURCE = {
  source:
    "https://www.tencentcloud.com/document/product/1078/38612 (SSM: Creating an Access Control Policy, resource types; GetSecretValue is resource-level)",
  confirm: "the planner's `terraform plan` refreshes the app's secret versions without AuthFailure.UnauthorizedOperation",
  of: (region: string, uin: string, creatorUin: string, name: string) =>
    `qcs::ssm:${region}:uin/${uin}:secret/creatorUin/${creatorUin}/${name}`,
} as const satisfies Source & Record<string, unknown>;

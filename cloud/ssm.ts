// Secrets Manager: the CAM action the functions need and the resource string of one secret.
import { CloudName } from "./source";

const SSM_CAM_DOC =
  "https://www.tencentcloud.com/document/product/1078/38612 (SSM access control: GetSecretValue is resource-level, resource qcs::ssm:$region:uin/$uin:secret/creatorUin/$creatorUin/$secretName); https://www.tencentcloud.com/document/product/598/57154 (CAM: Secrets Manager)";

/** The only action the functions' roles get on their secrets. */
export const SSM_READ_ACTION: CloudName = {
  name: "name/ssm:GetSecretValue",
  source: SSM_CAM_DOC,
  confirm: "after apply, the function's first request reads its secret (no AuthFailure.UnauthorizedOperation in its log)",
};

/**
 * The documented resource form `qcs::ssm:<region>:uin/<ownerUin>:secret/creatorUin/<creatorUin>/<name>`.
 * The owner uin is the account's (tencentcloud_user_info owner_uin, read by `npm run plan` into the
 * stacks' account_uin variable); the creator is whoever ran the apply, so any (`*`).
 */
export const SSM_SECRET_RESOURCE = {
  source: SSM_CAM_DOC,
  confirm: "CAM console → the policy's JSON shows the account's uin and the secret's name",
  format: (region: string, ownerUin: string, secretName: string) =>
    `qcs::ssm:${region}:uin/${ownerUin}:secret/creatorUin/*/${secretName}`,
} as const;

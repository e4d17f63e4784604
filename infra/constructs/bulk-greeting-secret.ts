// BulkGreetingSecret: the bulk-greeting function's Redis password in its own Secrets Manager secret
// (`<app>-<env>-bulk-greeting-secrets`, JSON {"redisPassword": …} built from the random_password
// reference, so the value is never literal in the synthesized JSON) and the one grant that lets the
// bulk-greeting role read it. The function gets the secret's name (REDIS_PASSWORD_SECRET_NAME),
// never the password: SCF shows environment variables to anyone who can view the function. Its own
// secret rather than the verification function's: that one also holds the code pepper and keys.
import { Fn } from "../framework";
import { Construct } from "constructs";
import { CamPolicy } from "../.gen/providers/tencentcloud/cam-policy";
import { CamRolePolicyAttachment } from "../.gen/providers/tencentcloud/cam-role-policy-attachment";
import { SsmSecret } from "../.gen/providers/tencentcloud/ssm-secret";
import { SsmSecretVersion } from "../.gen/providers/tencentcloud/ssm-secret-version";
import { secretVersionId } from "../../functions/verification/settings";
import { SECRET_READ_ACTIONS, secretResource } from "./function-secrets";
import { ResourceNames } from "./resource-names";
import { allowStatement, policyDocument } from "../../cloud/cam";

/** The JSON field holding the password (the function's REDIS_PASSWORD_SECRET_FIELD default). */
export const BULK_GREETING_PASSWORD_FIELD = "redisPassword";

export interface BulkGreetingSecretProps {
  names: ResourceNames;
  region: string;
  /** Token of the Redis random_password result. */
  redisPassword: string;
  roleId: string;
  tags: Record<string, string>;
}

export class BulkGreetingSecret extends Construct {
  readonly secret: SsmSecret;
  readonly version: SsmSecretVersion;
  readonly policy: CamPolicy;
  readonly attachment: CamRolePolicyAttachment;
  readonly name: string;

  constructor(scope: Construct, id: string, props: BulkGreetingSecretProps) {
    super(scope, id);
    const { names, tags } = props;
    this.name = names.of("bulk-greeting-secrets");
    this.secret = new SsmSecret(this, "secret", {
      secretName: this.name,
      description: "Bulk-greeting function: Redis password (JSON)",
      isEnabled: true,
      tags,
    });
    this.version = new SsmSecretVersion(this, "version", {
      secretName: this.secret.secretName,
      versionId: secretVersionId,
      secretString: Fn.jsonencode({ [BULK_GREETING_PASSWORD_FIELD]: props.redisPassword }),
    });
    this.policy = new CamPolicy(this, "read-policy", {
      name: names.of("read-bulk-greeting-secrets"),
      document: JSON.stringify(
        policyDocument([allowStatement(SECRET_READ_ACTIONS, [secretResource(this, props.region, this.name)])]),
      ),
      description: "ssm:GetSecretValue on the bulk-greeting function's secret only",
      tags,
    });
    this.attachment = new CamRolePolicyAttachment(this, "read-attachment", { roleId: props.roleId, policyId: this.policy.id });
  }
}

// FunctionSecrets: the verification function's secrets in Tencent Cloud Secrets Manager, and the
// one CAM grant that lets the function's role read them (ssm:GetSecretValue on exactly these two
// secrets, nothing else). Layout and field list: functions/verification/secrets/secret-layout.ts.
//
//   <app>-<env>-function-secrets  JSON of the runtime fields, built from Terraform references only
//                                 (random_password results, the Redis construct's password), so no
//                                 value is ever literal in the synthesized JSON.
//   <app>-<env>-signing-keys      created with an empty key set; `npm run keys` writes it, and
//                                 Terraform ignores its value afterwards (no tls provider here to
//                                 generate EC keys, and a plan must never roll keys back).
//
// With a brought Redis (redis.existing) the grant also covers the operator's own secret holding the
// Redis password — that one secret by name, read by the function at runtime, never by Terraform.
import { Fn } from "../framework";
import { Construct } from "constructs";
import { CamPolicy } from "../.gen/providers/tencentcloud/cam-policy";
import { CamRolePolicyAttachment } from "../.gen/providers/tencentcloud/cam-role-policy-attachment";
import { SsmSecret } from "../.gen/providers/tencentcloud/ssm-secret";
import { SsmSecretVersion } from "../.gen/providers/tencentcloud/ssm-secret-version";
import { emptyKeySet, secretVersionId, type RuntimeSecretField } from "../../functions/verification/settings";
import { SSM_READ_ACTION, SSM_SECRET_RESOURCE } from "../../cloud/ssm";
import { allowStatement, policyDocument } from "../../cloud/cam";
import { accountUin } from "./account-uin";
import { ResourceNames } from "./resource-names";

export interface FunctionSecretsProps {
  names: ResourceNames;
  region: string;
  /**
   * A Terraform reference for every runtime secret field. Typed from the layout, so adding a field
   * there fails to compile until it gets a value source here.
   */
  /** undefined: an optional field left out of the secret (e.g. no Captcha). */
  values: Record<RuntimeSecretField, string | undefined>;
  tags: Record<string, string>;
  /** Secrets of the operator's the function also reads (the brought Redis's password), by name. */
  alsoReadable?: string[];
}

/** The action the function needs, and the only one granted (cloud/ssm.ts). */
export const SECRET_READ_ACTIONS = [SSM_READ_ACTION];

/**
 * CAM resource of one secret in the documented form (cloud/ssm.ts): the account's uin from the
 * stack's account_uin variable, any creator (whoever ran the apply).
 */
export function secretResource(scope: Construct, region: string, secretName: string): string {
  return SSM_SECRET_RESOURCE.format(region, accountUin(scope), secretName);
}

export class FunctionSecrets extends Construct {
  readonly runtimeSecret: SsmSecret;
  readonly runtimeVersion: SsmSecretVersion;
  readonly signingKeysSecret: SsmSecret;
  readonly signingKeysVersion: SsmSecretVersion;
  /** Plain names (known at synth): what the function's environment carries. */
  readonly runtimeSecretName: string;
  readonly signingKeysSecretName: string;
  private readonly region: string;
  private readonly alsoReadable: string[];

  constructor(scope: Construct, id: string, props: FunctionSecretsProps) {
    super(scope, id);
    const { names, tags } = props;
    this.region = props.region;
    this.alsoReadable = props.alsoReadable ?? [];
    this.runtimeSecretName = names.of("function-secrets");
    this.signingKeysSecretName = names.of("signing-keys");

    this.runtimeSecret = new SsmSecret(this, "runtime", {
      secretName: this.runtimeSecretName,
      description: "Verification function: Redis password and code pepper (JSON)",
      isEnabled: true,
      tags,
    });
    this.runtimeVersion = new SsmSecretVersion(this, "runtime-version", {
      secretName: this.runtimeSecret.secretName,
      versionId: secretVersionId,
      secretString: Fn.jsonencode(Object.fromEntries(Object.entries(props.values).filter(([, value]) => value !== undefined))),
    });

    this.signingKeysSecret = new SsmSecret(this, "signing-keys", {
      secretName: this.signingKeysSecretName,
      description: "Verification function: ES256 access-token signing keys (written by npm run keys)",
      isEnabled: true,
      tags,
    });
    this.signingKeysVersion = new SsmSecretVersion(this, "signing-keys-version", {
      secretName: this.signingKeysSecret.secretName,
      versionId: secretVersionId,
      secretString: JSON.stringify(emptyKeySet),
      lifecycle: { ignoreChanges: ["secret_string"] },
    });
  }

  /** qcs resource strings of both secrets (and any operator's secret read too): the whole scope of the read grant. */
  get resources(): string[] {
    return [this.runtimeSecretName, this.signingKeysSecretName, ...this.alsoReadable].map((name) =>
      secretResource(this, this.region, name),
    );
  }

  /** Attaches a policy allowing ssm:GetSecretValue on these secrets only to the role. */
  grantRead(roleId: string, names: ResourceNames, tags: Record<string, string>): CamPolicy {
    const policy = new CamPolicy(this, "read-policy", {
      name: names.of("read-function-secrets"),
      document: JSON.stringify(policyDocument([allowStatement(SECRET_READ_ACTIONS, this.resources)])),
      description:
        this.alsoReadable.length > 0
          ? "ssm:GetSecretValue on the verification function's two secrets and the brought Redis's password secret only"
          : "ssm:GetSecretValue on the verification function's two secrets only",
      tags,
    });
    new CamRolePolicyAttachment(this, "read-attachment", { roleId, policyId: policy.id });
    return policy;
  }
}

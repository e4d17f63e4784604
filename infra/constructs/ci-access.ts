// The CAM policies of the two CI identities (docs/ci.md): the planner reads what the stacks
// manage and writes only the Terraform state (plan refreshes, locks and saves state); the
// deployer changes what the stacks manage. Least privilege at the level CAM offers for these
// services: the actions are the services and verbs the stacks use (a read policy holds only
// Describe/Get/List/Head/Query verbs), and the state bucket, the campaign buckets and the
// secrets are named by resource. Attach each policy to its CAM user (or role) by hand: keys are
// created in the console, so no secret key ever enters a Terraform state.
import { Construct } from "constructs";
import { COS_BUCKET_RESOURCE } from "../../cloud/cos";
import { SSM_SECRET_RESOURCE } from "../../cloud/ssm";
import { CamPolicy } from "../.gen/providers/tencentcloud/cam-policy";
import type { TencentcloudProvider } from "../.gen/providers/tencentcloud/provider";
import type { StateBucket } from "../stacks/state-bucket-stack";

/** One statement of a CAM policy document (version 2.0). */
export interface CamStatement {
  effect: "allow";
  action: string[];
  resource: string[];
}

export interface CiAccessProps {
  provider: TencentcloudProvider;
  /** App names of the table (resource names start with `<app>-`). */
  apps: string[];
  buckets: StateBucket[];
}

/** CAM services of the resources the environment stacks create (a test derives them from synth). */
export const MANAGED_SERVICES = ["vpc", "redis", "scf", "cam", "ssm", "cls", "monitor", "cos", "sms"] as const;

/** Read verbs per service, for the planner's refresh. */
const READ_ACTIONS: Record<(typeof MANAGED_SERVICES)[number], string[]> = {
  vpc: ["vpc:Describe*"],
  redis: ["redis:Describe*"],
  scf: ["scf:Get*", "scf:List*"],
  cam: ["cam:Get*", "cam:List*", "cam:DescribeRoleList"],
  ssm: ["ssm:Describe*", "ssm:GetSecretValue"],
  cls: ["cls:Describe*", "cls:Get*"],
  monitor: ["monitor:Describe*", "monitor:Get*"],
  cos: ["cos:GetBucket*", "cos:HeadBucket", "cos:GetService"],
  sms: ["sms:Describe*"],
};

/**
 * Write verbs per service for the deployer. CAM is limited to roles and policies (no users,
 * groups or keys), the rest is the service's own API surface the provider calls.
 */
const WRITE_ACTIONS: Record<(typeof MANAGED_SERVICES)[number], string[]> = {
  vpc: ["vpc:*"],
  redis: ["redis:*"],
  scf: ["scf:*"],
  cam: [
    "cam:CreateRole",
    "cam:DeleteRole",
    "cam:UpdateAssumeRolePolicy",
    "cam:UpdateRoleDescription",
    "cam:CreatePolicy",
    "cam:DeletePolicy",
    "cam:UpdatePolicy",
    "cam:CreatePolicyVersion",
    "cam:DeletePolicyVersion",
    "cam:SetDefaultPolicyVersion",
    "cam:AttachRolePolicy",
    "cam:DetachRolePolicy",
    "cam:PassRole",
  ],
  ssm: ["ssm:*"],
  cls: ["cls:*"],
  monitor: ["monitor:*"],
  cos: ["cos:*"],
  sms: ["sms:*"],
};

/** `<name>-<APPID>`: the APPID COS resource strings need. */
function appIdOf(bucket: string): string {
  return /-(\d+)$/.exec(bucket)?.[1] ?? "*";
}

function stateStatements(buckets: StateBucket[], objectActions: string[]): CamStatement {
  return {
    effect: "allow",
    action: objectActions,
    resource: buckets.flatMap((b) => {
      const base = COS_BUCKET_RESOURCE.of(b.region, appIdOf(b.bucket), b.bucket);
      return [base, `${base}/*`];
    }),
  };
}

export function plannerPolicy(props: Omit<CiAccessProps, "provider">): { version: "2.0"; statement: CamStatement[] } {
  const read = MANAGED_SERVICES.flatMap((s) => READ_ACTIONS[s]).filter((a) => !a.startsWith("ssm:GetSecretValue"));
  return {
    version: "2.0",
    statement: [
      { effect: "allow", action: read, resource: ["*"] },
      // Refresh reads the app's secret versions (generated values live in state anyway).
      {
        effect: "allow",
        action: ["ssm:GetSecretValue"],
        resource: props.apps.map((app) => SSM_SECRET_RESOURCE.format("*", "*", `${app}-*`)),
      },
      stateStatements(props.buckets, ["cos:GetObject", "cos:HeadObject", "cos:PutObject", "cos:DeleteObject", "cos:GetBucket"]),
    ],
  };
}

export function deployerPolicy(props: Omit<CiAccessProps, "provider">): { version: "2.0"; statement: CamStatement[] } {
  return {
    version: "2.0",
    statement: [
      {
        effect: "allow",
        action: MANAGED_SERVICES.flatMap((s) => (s === "cos" ? READ_ACTIONS.cos : WRITE_ACTIONS[s])),
        resource: ["*"],
      },
      // Buckets the stacks create are named `<app>-<env>-…-<APPID>`; nothing else in COS is writable.
      {
        effect: "allow",
        action: ["cos:*"],
        resource: props.apps.flatMap((app) =>
          props.buckets.map((b) => COS_BUCKET_RESOURCE.of("*", appIdOf(b.bucket), `${app}-*`)),
        ),
      },
      stateStatements(props.buckets, ["cos:GetObject", "cos:HeadObject", "cos:PutObject", "cos:DeleteObject", "cos:GetBucket"]),
    ],
  };
}

/** The two policies, named `<app>-ci-plan` and `<app>-ci-apply` (first app of the table). */
export class CiAccess extends Construct {
  readonly planner: CamPolicy;
  readonly deployer: CamPolicy;

  constructor(scope: Construct, id: string, props: CiAccessProps) {
    super(scope, id);
    const name = props.apps[0] ?? "app";
    this.planner = new CamPolicy(this, "planner", {
      provider: props.provider,
      name: `${name}-ci-plan`,
      description: "CI planner: read what the stacks manage, write only the Terraform state (docs/ci.md)",
      document: JSON.stringify(plannerPolicy(props)),
    });
    this.deployer = new CamPolicy(this, "deployer", {
      provider: props.provider,
      name: `${name}-ci-apply`,
      description: "CI deployer: change what the stacks manage, and the Terraform state (docs/ci.md)",
      document: JSON.stringify(deployerPolicy(props)),
    });
  }
}

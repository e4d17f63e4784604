// The CAM policies of the two CI identities (docs/ci.md): the planner reads what the stacks
// manage and writes only the Terraform state (plan refreshes, locks and saves state); the
// deployer changes what the stacks manage. Least privilege at the level CAM offers for these
// services: the actions are the services and verbs the stacks use (a read policy holds only
// Describe/Get/List/Head/Query verbs), and the state bucket, the campaign buckets and the
// secrets are named by resource. Attach each policy to its CAM user (or role) by hand: keys are
// created in the console, so no secret key ever enters a Terraform state.
import { Construct } from "constructs";
import {
  CAM_ALLOW,
  CAM_ANY_RESOURCE,
  CAM_DESCRIBE_ROLE_LIST,
  CAM_POLICY_VERSION,
  CAM_ROLE_AND_POLICY_ACTIONS,
  CAM_SERVICES,
  CAM_WILDCARD,
  camAction,
  unprefixedAction,
} from "../../cloud/cam";
import {
  COS_BUCKET_RESOURCE,
  COS_HEAD_BUCKET_ACTION,
  COS_LIST_BUCKETS_ACTION,
  COS_LIST_OBJECTS_ACTION,
  COS_OBJECT_ACTIONS,
} from "../../cloud/cos";
import { SSM_READ_ACTION, SSM_SECRET_RESOURCE } from "../../cloud/ssm";
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

/** CAM services of the resources the environment stacks create (cloud/cam.ts; a test derives them from synth). */
export const MANAGED_SERVICES = Object.keys(CAM_SERVICES) as (keyof typeof CAM_SERVICES)[];

const { vpc, redis, scf, cam, ssm, cls, monitor, cos, sms } = CAM_SERVICES;
/** `<service>:*`: every API of the service. */
const every = (service: (typeof CAM_SERVICES)[keyof typeof CAM_SERVICES]) => camAction(service, CAM_WILDCARD.name);
/** What refresh reads and writes in the state bucket (cloud/cos.ts), in the CI policies' unprefixed spelling. */
const STATE_OBJECT_ACTIONS = [
  COS_OBJECT_ACTIONS.get,
  COS_OBJECT_ACTIONS.head,
  COS_OBJECT_ACTIONS.put,
  COS_OBJECT_ACTIONS.delete,
  COS_LIST_OBJECTS_ACTION,
].map(unprefixedAction);
const SECRET_READ = unprefixedAction(SSM_READ_ACTION);

/** Read verbs per service (cloud/cam.ts: service prefixes and the wildcard), for the planner's refresh. */
const READ_ACTIONS: Record<(typeof MANAGED_SERVICES)[number], string[]> = {
  vpc: [camAction(vpc, "Describe*")],
  redis: [camAction(redis, "Describe*")],
  scf: [camAction(scf, "Get*"), camAction(scf, "List*")],
  cam: [camAction(cam, "Get*"), camAction(cam, "List*"), CAM_DESCRIBE_ROLE_LIST.name],
  ssm: [camAction(ssm, "Describe*"), SECRET_READ],
  cls: [camAction(cls, "Describe*"), camAction(cls, "Get*")],
  monitor: [camAction(monitor, "Describe*"), camAction(monitor, "Get*")],
  cos: [camAction(cos, "GetBucket*"), unprefixedAction(COS_HEAD_BUCKET_ACTION), unprefixedAction(COS_LIST_BUCKETS_ACTION)],
  sms: [camAction(sms, "Describe*")],
};

/**
 * Write verbs per service for the deployer. CAM is limited to roles and policies (no users,
 * groups or keys), the rest is the service's own API surface the provider calls.
 */
const WRITE_ACTIONS: Record<(typeof MANAGED_SERVICES)[number], string[]> = {
  vpc: [every(vpc)],
  redis: [every(redis)],
  scf: [every(scf)],
  cam: CAM_ROLE_AND_POLICY_ACTIONS.map((action) => action.name),
  ssm: [every(ssm)],
  cls: [every(cls)],
  monitor: [every(monitor)],
  cos: [every(cos)],
  sms: [every(sms)],
};

/** `<name>-<APPID>`: the APPID COS resource strings need. */
function appIdOf(bucket: string): string {
  return /-(\d+)$/.exec(bucket)?.[1] ?? "*";
}

function stateStatements(buckets: StateBucket[], objectActions: string[]): CamStatement {
  return {
    effect: CAM_ALLOW.name,
    action: objectActions,
    resource: buckets.flatMap((b) => {
      const base = COS_BUCKET_RESOURCE.of(b.region, appIdOf(b.bucket), b.bucket);
      return [base, `${base}/*`];
    }),
  };
}

export function plannerPolicy(props: Omit<CiAccessProps, "provider">): { version: "2.0"; statement: CamStatement[] } {
  const read = MANAGED_SERVICES.flatMap((s) => READ_ACTIONS[s]).filter((a) => a !== SECRET_READ);
  return {
    version: CAM_POLICY_VERSION.name,
    statement: [
      { effect: CAM_ALLOW.name, action: read, resource: [CAM_ANY_RESOURCE.name] },
      // Refresh reads the app's secret versions (generated values live in state anyway).
      {
        effect: CAM_ALLOW.name,
        action: [SECRET_READ],
        resource: props.apps.map((app) => SSM_SECRET_RESOURCE.format("*", "*", `${app}-*`)),
      },
      stateStatements(props.buckets, STATE_OBJECT_ACTIONS),
    ],
  };
}

export function deployerPolicy(props: Omit<CiAccessProps, "provider">): { version: "2.0"; statement: CamStatement[] } {
  return {
    version: CAM_POLICY_VERSION.name,
    statement: [
      {
        effect: CAM_ALLOW.name,
        action: MANAGED_SERVICES.flatMap((s) => (s === "cos" ? READ_ACTIONS.cos : WRITE_ACTIONS[s])),
        resource: [CAM_ANY_RESOURCE.name],
      },
      // Buckets the stacks create are named `<app>-<env>-…-<APPID>`; nothing else in COS is writable.
      {
        effect: CAM_ALLOW.name,
        action: [every(cos)],
        resource: props.apps.flatMap((app) =>
          props.buckets.map((b) => COS_BUCKET_RESOURCE.of("*", appIdOf(b.bucket), `${app}-*`)),
        ),
      },
      stateStatements(props.buckets, STATE_OBJECT_ACTIONS),
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

// Network: the VPC and the one subnet the function and Redis share — created here, or an existing
// VPC and subnet of the account used by id (bring your own network) — and, for a Redis the stack
// creates, a security group that admits its port only from that subnet (everything else inbound is
// dropped). A brought Redis (redis.existing) keeps its own security group, which the operator opens
// to the subnet (docs/deploying.md). Created resources can adopt console-built ones into state
// (Terraform import blocks via importFrom).
import { Construct } from "constructs";
import { SecurityGroup } from "../.gen/providers/tencentcloud/security-group";
import { SecurityGroupRuleSet } from "../.gen/providers/tencentcloud/security-group-rule-set";
import { Subnet } from "../.gen/providers/tencentcloud/subnet";
import { Vpc } from "../.gen/providers/tencentcloud/vpc";
import { ResourceNames } from "./resource-names";

/** Ids of resources already in the account that the created ones take over (import, not re-create). */
export interface NetworkAdoption {
  vpcId?: string;
  subnetId?: string;
  redisSecurityGroupId?: string;
}

export interface NetworkProps {
  names: ResourceNames;
  /** Created network: the VPC range (omit with `existing`). */
  vpcCidr?: string;
  /** The function subnet's range: created with it, or the existing subnet's (the Redis rule admits it). */
  subnetCidr: string;
  /** Bring your own network: these are used as they are and never managed by this stack. */
  existing?: { vpcId: string; subnetId: string };
  adopt?: NetworkAdoption;
  availabilityZone: string;
  /** The port the Redis security group opens to the subnet; absent: no Redis security group (brought Redis). */
  redisPort?: number;
  tags: Record<string, string>;
}

export class Network extends Construct {
  /** Absent when the network is brought, not created. */
  readonly vpc?: Vpc;
  readonly subnet?: Subnet;
  readonly vpcId: string;
  readonly subnetId: string;
  readonly subnetCidr: string;
  /** Absent when the Redis is brought (its security group is the operator's). */
  readonly redisSecurityGroup?: SecurityGroup;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const { names, tags, adopt } = props;
    if (props.existing) {
      this.vpcId = props.existing.vpcId;
      this.subnetId = props.existing.subnetId;
      this.subnetCidr = props.subnetCidr;
    } else {
      if (!props.vpcCidr) throw new Error("Network: vpcCidr is required unless an existing network is given");
      const vpc = new Vpc(this, "vpc", { name: names.of("vpc"), cidrBlock: props.vpcCidr, tags });
      const subnet = new Subnet(this, "subnet", {
        name: names.of("subnet"),
        vpcId: vpc.id,
        cidrBlock: props.subnetCidr,
        availabilityZone: props.availabilityZone,
        tags,
      });
      if (adopt?.vpcId) vpc.importFrom(adopt.vpcId);
      if (adopt?.subnetId) subnet.importFrom(adopt.subnetId);
      this.vpc = vpc;
      this.subnet = subnet;
      this.vpcId = vpc.id;
      this.subnetId = subnet.id;
      this.subnetCidr = subnet.cidrBlock;
    }
    if (props.redisPort === undefined) return;
    const redisSecurityGroup = new SecurityGroup(this, "redis-sg", {
      name: names.of("redis-sg"),
      description: "Redis port only from the function subnet",
      tags,
    });
    this.redisSecurityGroup = redisSecurityGroup;
    if (adopt?.redisSecurityGroupId) redisSecurityGroup.importFrom(adopt.redisSecurityGroupId);
    // A rule set owns the group's complete rule list, so drift (a console-added rule) shows in plan.
    new SecurityGroupRuleSet(this, "redis-sg-rules", {
      securityGroupId: redisSecurityGroup.id,
      ingress: [
        {
          action: "ACCEPT",
          protocol: "TCP",
          port: String(props.redisPort),
          cidrBlock: this.subnetCidr,
          description: "Redis from the function subnet",
        },
        { action: "DROP", protocol: "ALL", port: "ALL", cidrBlock: "0.0.0.0/0", description: "nothing else" },
      ],
      egress: [{ action: "ACCEPT", protocol: "ALL", port: "ALL", cidrBlock: "0.0.0.0/0", description: "replies" }],
    });
  }
}

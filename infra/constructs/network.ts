// Network: the VPC, the one subnet the function and Redis share, and a security group for Redis
// that admits its port only from that subnet (everything else inbound is dropped).
import { Construct } from "constructs";
import { SecurityGroup } from "../.gen/providers/tencentcloud/security-group";
import { SecurityGroupRuleSet } from "../.gen/providers/tencentcloud/security-group-rule-set";
import { Subnet } from "../.gen/providers/tencentcloud/subnet";
import { Vpc } from "../.gen/providers/tencentcloud/vpc";
import { ResourceNames } from "./resource-names";

export interface NetworkProps {
  names: ResourceNames;
  vpcCidr: string;
  subnetCidr: string;
  availabilityZone: string;
  /** The port the Redis security group opens to the subnet. */
  redisPort: number;
  tags: Record<string, string>;
}

export class Network extends Construct {
  readonly vpc: Vpc;
  readonly subnet: Subnet;
  readonly redisSecurityGroup: SecurityGroup;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const { names, tags } = props;
    this.vpc = new Vpc(this, "vpc", { name: names.of("vpc"), cidrBlock: props.vpcCidr, tags });
    this.subnet = new Subnet(this, "subnet", {
      name: names.of("subnet"),
      vpcId: this.vpc.id,
      cidrBlock: props.subnetCidr,
      availabilityZone: props.availabilityZone,
      tags,
    });
    this.redisSecurityGroup = new SecurityGroup(this, "redis-sg", {
      name: names.of("redis-sg"),
      description: "Redis port only from the function subnet",
      tags,
    });
    // A rule set owns the group's complete rule list, so drift (a console-added rule) shows in plan.
    new SecurityGroupRuleSet(this, "redis-sg-rules", {
      securityGroupId: this.redisSecurityGroup.id,
      ingress: [
        {
          action: "ACCEPT",
          protocol: "TCP",
          port: String(props.redisPort),
          cidrBlock: this.subnet.cidrBlock,
          description: "Redis from the function subnet",
        },
        { action: "DROP", protocol: "ALL", port: "ALL", cidrBlock: "0.0.0.0/0", description: "nothing else" },
      ],
      egress: [{ action: "ACCEPT", protocol: "ALL", port: "ALL", cidrBlock: "0.0.0.0/0", description: "replies" }],
    });
  }
}

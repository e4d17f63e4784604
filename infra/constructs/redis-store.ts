// RedisStore: a TencentDB for Redis instance inside the network, reachable only through its
// security group, with a generated password that exists only in state and in the function's
// environment (by reference), never in code, outputs or logs.
import { Password } from "../framework";
import { Construct } from "constructs";
import { RedisInstance } from "../.gen/providers/tencentcloud/redis-instance";
import { RedisArchitecture } from "../config/environment-settings";
import { ResourceNames } from "./resource-names";

export interface RedisStoreProps {
  names: ResourceNames;
  availabilityZone: string;
  vpcId: string;
  subnetId: string;
  securityGroupId: string;
  architecture: RedisArchitecture;
  typeId: number;
  memoryMb: number;
  shards: number;
  replicas: number;
  port: number;
  /**
   * An instance already in the account (crs-…) to take over instead of creating one (Terraform
   * import). Its settings must match the entry's redis block; the generated password replaces the
   * old one at the first apply (the function gets the new one in the same apply).
   */
  adoptId?: string;
  tags: Record<string, string>;
}

// The provider accepts 8–64 characters with at least two of: letters, digits, these specials.
const REDIS_PASSWORD_SPECIALS = "_+-&=!@#$%^*()";

export class RedisStore extends Construct {
  readonly instance: RedisInstance;
  readonly password: Password;
  readonly isCluster: boolean;

  constructor(scope: Construct, id: string, props: RedisStoreProps) {
    super(scope, id);
    this.isCluster = props.architecture === "cluster";
    this.password = new Password(this, "password", {
      length: 32,
      special: true,
      overrideSpecial: REDIS_PASSWORD_SPECIALS,
      minLower: 2,
      minUpper: 2,
      minNumeric: 2,
      minSpecial: 2,
    });
    this.instance = new RedisInstance(this, "instance", {
      name: props.names.of("redis"),
      availabilityZone: props.availabilityZone,
      typeId: props.typeId,
      memSize: props.memoryMb,
      redisShardNum: this.isCluster ? props.shards : undefined,
      redisReplicasNum: props.replicas,
      vpcId: props.vpcId,
      subnetId: props.subnetId,
      securityGroups: [props.securityGroupId],
      port: props.port,
      password: this.password.result,
      chargeType: "POSTPAID",
      // Private address only: the function reaches Redis inside the VPC.
      wanAddressSwitch: "close",
      tags: props.tags,
    });
    if (props.adoptId) this.instance.importFrom(props.adoptId);
  }
}

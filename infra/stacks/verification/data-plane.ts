// The environment's network and Redis: the VPC and subnet (created or brought), and a Redis the
// stack creates inside them — or the address of one the operator brings (redis.existing), whose
// password stays in the operator's secret and whose security group stays the operator's.
import { Construct } from "constructs";
import { EnvironmentConfig, ExistingRedisConfig, isExistingRedis } from "../../config/environment-settings";
import { Network } from "../../constructs/network";
import { RedisStore } from "../../constructs/redis-store";
import { ResourceNames } from "../../constructs/resource-names";
import type { RedisAddress } from "../../constructs/verification-function";

export interface DataPlane {
  network: Network;
  /** Absent when the environment brings its own Redis. */
  redis?: RedisStore;
  /** A brought Redis (redis.existing), as the table describes it. */
  brought?: ExistingRedisConfig["existing"];
  /** Where the functions find Redis: the created instance's attributes or the brought address. */
  address: RedisAddress;
}

export function addDataPlane(stack: Construct, config: EnvironmentConfig, names: ResourceNames): DataPlane {
  const { tags } = config;
  const created = isExistingRedis(config.redis) ? undefined : config.redis;
  const brought = isExistingRedis(config.redis) ? config.redis.existing : undefined;
  const network = new Network(stack, "network", {
    names,
    vpcCidr: config.network.vpcCidr,
    subnetCidr: config.network.subnetCidr,
    existing: config.network.existing,
    adopt: config.adopt,
    availabilityZone: config.availabilityZone,
    // A brought Redis keeps its own security group (the operator admits the subnet there).
    redisPort: created?.port,
    tags,
  });
  if (!created) {
    const address = { host: brought!.host, port: brought!.port, cluster: brought!.architecture === "cluster" };
    return { network, brought, address };
  }
  const redis = new RedisStore(stack, "redis", {
    names,
    availabilityZone: config.availabilityZone,
    vpcId: network.vpcId,
    subnetId: network.subnetId,
    securityGroupId: network.redisSecurityGroup!.id,
    architecture: created.architecture,
    typeId: created.typeId,
    memoryMb: created.memoryMb,
    shards: created.shards,
    replicas: created.replicas,
    port: created.port,
    adoptId: config.adopt?.redisId,
    tags,
  });
  const address = { host: redis.instance.ip, port: redis.instance.port, cluster: redis.isCluster };
  return { network, redis, address };
}

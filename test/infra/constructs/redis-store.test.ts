// RedisStore: in the network, private, pay-as-you-go, sized from config, password by reference.
import { RedisInstance } from "../../../infra/.gen/providers/tencentcloud/redis-instance";
import { RedisStore, RedisStoreProps } from "../../../infra/constructs/redis-store";
import { ResourceNames } from "../../../infra/constructs/resource-names";
import { Template } from "../support/template";

function redisTemplate(overrides: Partial<RedisStoreProps>): Template {
  return Template.fromConstructs((stack) => {
    new RedisStore(stack, "redis", {
      names: new ResourceNames("smsverify", "qa"),
      availabilityZone: "ap-guangzhou-3",
      vpcId: "vpc-123",
      subnetId: "subnet-456",
      securityGroupId: "sg-789",
      architecture: "standard",
      typeId: 17,
      memoryMb: 512,
      shards: 1,
      replicas: 1,
      port: 6379,
      tags: { env: "qa" },
      ...overrides,
    });
  });
}

describe("RedisStore", () => {
  const standard = redisTemplate({});

  it("places the instance in the VPC, subnet and security group, postpaid and without public address", () => {
    expect(standard.json).toHaveResourceWithProperties(RedisInstance, {
      name: "smsverify-qa-redis",
      availability_zone: "ap-guangzhou-3",
      vpc_id: "vpc-123",
      subnet_id: "subnet-456",
      security_groups: ["sg-789"],
      charge_type: "POSTPAID",
      wan_address_switch: "close",
      type_id: 17,
      mem_size: 512,
      redis_replicas_num: 1,
      port: 6379,
    });
    expect(standard.resource("tencentcloud_redis_instance")).not.toHaveProperty("redis_shard_num");
  });

  it("takes its password from random_password by reference, restricted to the provider's specials", () => {
    expect(standard.resource("tencentcloud_redis_instance").password).toBe(standard.referenceTo("random_password", "result"));
    const password = standard.resource("random_password");
    expect(password.override_special).toBe("_+-&=!@#$%^*()");
    expect(password.length).toBeGreaterThanOrEqual(8);
    expect(password.length).toBeLessThanOrEqual(64);
  });

  it("sets shard and replica counts for the cluster architecture", () => {
    const cluster = redisTemplate({ architecture: "cluster", typeId: 18, memoryMb: 1024, shards: 3, replicas: 2 });
    expect(cluster.json).toHaveResourceWithProperties(RedisInstance, { type_id: 18, redis_shard_num: 3, redis_replicas_num: 2 });
  });
});

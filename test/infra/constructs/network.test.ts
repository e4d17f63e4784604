// Network: VPC and subnet from config, Redis port admitted only from the function subnet.
import { SecurityGroupRuleSet } from "../../../infra/.gen/providers/tencentcloud/security-group-rule-set";
import { Subnet } from "../../../infra/.gen/providers/tencentcloud/subnet";
import { Vpc } from "../../../infra/.gen/providers/tencentcloud/vpc";
import { Network } from "../../../infra/constructs/network";
import { ResourceNames } from "../../../infra/constructs/resource-names";
import { Template } from "../support/template";

const template = Template.fromConstructs((stack) => {
  new Network(stack, "network", {
    names: new ResourceNames("smsverify", "qa"),
    vpcCidr: "172.16.0.0/16",
    subnetCidr: "172.16.8.0/24",
    availabilityZone: "ap-guangzhou-6",
    redisPort: 6380,
    tags: { env: "qa" },
  });
});

describe("Network", () => {
  it("creates the VPC and the subnet in the configured zone, named <app>-<env>-<part>", () => {
    expect(template.json).toHaveResourceWithProperties(Vpc, {
      name: "smsverify-qa-vpc",
      cidr_block: "172.16.0.0/16",
      tags: { env: "qa" },
    });
    expect(template.json).toHaveResourceWithProperties(Subnet, {
      name: "smsverify-qa-subnet",
      cidr_block: "172.16.8.0/24",
      availability_zone: "ap-guangzhou-6",
      vpc_id: template.referenceTo("tencentcloud_vpc", "id"),
    });
  });

  it("admits the Redis port only from the subnet and drops everything else inbound", () => {
    expect(template.json).toHaveResourceWithProperties(SecurityGroupRuleSet, {
      security_group_id: template.referenceTo("tencentcloud_security_group", "id"),
      ingress: [
        expect.objectContaining({
          action: "ACCEPT",
          protocol: "TCP",
          port: "6380",
          cidr_block: template.referenceTo("tencentcloud_subnet", "cidr_block"),
        }),
        expect.objectContaining({ action: "DROP", cidr_block: "0.0.0.0/0", port: "ALL", protocol: "ALL" }),
      ],
    });
    const rules = template.resource("tencentcloud_security_group_rule_set").ingress as Array<Record<string, string>>;
    expect(rules.filter((r) => r.action === "ACCEPT")).toHaveLength(1);
  });
});

// Bulk greeting campaigns in an environment with a `campaigns` block: they reuse the stack's
// network, Redis and log topic. The table refuses campaigns with a brought Redis (the
// bulk-greeting function's secret needs the password by reference), so a created Redis is required.
import { Construct } from "constructs";
import { EnvironmentConfig } from "../../config/environment-settings";
import { Campaigns } from "../../constructs/campaigns";
import type { LogDestination } from "../../constructs/operations/function-logs";
import { ResourceNames } from "../../constructs/resource-names";
import { DataPlane } from "./data-plane";

export interface CampaignOverrides {
  entryPoint?: string;
  baseDir?: string;
}

export function addCampaigns(
  stack: Construct,
  config: EnvironmentConfig,
  names: ResourceNames,
  data: DataPlane,
  logs: LogDestination,
  overrides: CampaignOverrides,
): Campaigns | undefined {
  if (!config.campaigns || !data.redis) return undefined;
  return new Campaigns(stack, "campaigns", {
    names,
    config: config.campaigns,
    region: config.region,
    runtime: config.function.runtime,
    bundleTarget: config.function.bundleTarget,
    vpcId: data.network.vpcId,
    subnetId: data.network.subnetId,
    redis: { ...data.address, password: data.redis.password.result },
    sms: { sdkAppId: config.sms.sdkAppId, region: config.sms.region, timeoutSeconds: config.sms.timeoutSeconds },
    leastPrivilege: config.role.leastPrivilege,
    tags: config.tags,
    logs,
    entryPoint: overrides.entryPoint,
    baseDir: overrides.baseDir,
  });
}

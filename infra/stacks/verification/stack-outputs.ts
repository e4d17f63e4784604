// What `terraform output` shows for an environment: the endpoint a client calls, the function's
// name, Redis's private address (never its password), the log topic and, with campaigns, the
// campaign bucket, the bulk-greeting function and the marketing template ids.
import { Construct } from "constructs";
import { TerraformOutput } from "../../framework";
import { EnvironmentConfig } from "../../config/environment-settings";
import { Campaigns } from "../../constructs/campaigns";
import { Ingress } from "../../constructs/ingress";
import { FunctionLogs } from "../../constructs/operations/function-logs";
import { LIVE_ALIAS_PART } from "../../constructs/operations/function-capacity";
import { ResourceNames } from "../../constructs/resource-names";
import { VerificationFunction } from "../../constructs/verification-function";
import { DataPlane } from "./data-plane";

export interface StackOutputSources {
  config: EnvironmentConfig;
  names: ResourceNames;
  data: DataPlane;
  ingress: Ingress;
  verification: VerificationFunction;
  logs: FunctionLogs;
  campaigns?: Campaigns;
}

export function addStackOutputs(stack: Construct, sources: StackOutputSources): void {
  const { config, names, data } = sources;
  const fn = sources.verification.function;
  const provisioned = (config.operations.capacity.verification.provisionedConcurrency ?? 0) > 0;
  new TerraformOutput(stack, "endpoint", {
    value: sources.ingress.endpoint(fn),
    description:
      config.ingress.kind === "functionUrl"
        ? `Public Function URL${provisioned ? ` (invokes the ${names.of(LIVE_ALIAS_PART)} alias)` : ""}, read from the trigger SCF reports`
        : "API Gateway endpoint (release environment)",
  });
  new TerraformOutput(stack, "function_name", { value: fn.name });
  new TerraformOutput(stack, "redis_private_address", {
    value: `${data.address.host}:${data.address.port}`,
    description: "Reachable only from the function subnet; the password is never an output",
  });
  new TerraformOutput(stack, "cls_topic_id", {
    value: sources.logs.topic.id,
    description: "CLS topic holding both functions' logs (docs/operations.md has the queries)",
  });
  if (sources.campaigns) addCampaignOutputs(stack, sources.campaigns);
}

function addCampaignOutputs(stack: Construct, campaigns: Campaigns): void {
  new TerraformOutput(stack, "campaign_bucket", {
    value: campaigns.bucket.bucket.bucket,
    description: "Private COS bucket for campaign files and results (npm run campaign -- … uses it)",
  });
  new TerraformOutput(stack, "bulk_greeting_function_name", { value: campaigns.bulkGreeting.function.name });
  const templateIds = campaigns.content.templateIds();
  if (Object.keys(templateIds).length === 0) return;
  new TerraformOutput(stack, "campaign_template_ids", {
    value: templateIds,
    description:
      "Marketing template ids by catalogue key, for functions/bulk-greeting/content/campaign-templates.ts once approved",
  });
}

// Ingress: Function URL (http trigger) by default; API Gateway trigger on request, with a created
// or an existing service; the endpoint output follows the choice.
import { ApiGatewayService } from "../../../infra/.gen/providers/tencentcloud/api-gateway-service";
import { FUNCTION_URL_FALLBACK, FUNCTION_URL_PATTERN } from "../../../infra/constructs/ingress";
import { environmentTemplate, synthStack, variant } from "../support/environment-fixtures";

type Trigger = { name: string; type: string; trigger_desc: string };

describe("Ingress", () => {
  it("functionUrl: one public, unauthenticated http trigger; endpoint from the trigger's computed description", () => {
    const dev = environmentTemplate("dev");
    const triggers = dev.named("tencentcloud_scf_function", "smsverify-dev-verification").triggers as Trigger[];
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({ name: "smsverify-dev-url", type: "http" });
    expect(JSON.parse(triggers[0].trigger_desc)).toEqual({
      AuthType: "NONE",
      NetConfig: { EnableIntranet: false, EnableExtranet: true },
    });
    expect(dev.json).not.toHaveResource(ApiGatewayService);
    // A pasteable URL: the first https URL inside what SCF reports about the triggers, or a clear
    // message when nothing is reported (try() catches an absent attribute and a failed match).
    const triggerInfo = dev
      .referenceToNamed("tencentcloud_scf_function", "smsverify-dev-verification", "trigger_info")
      .slice(2, -1);
    expect(dev.outputs().endpoint.value).toBe(
      `\${try(regex("${FUNCTION_URL_PATTERN}", jsonencode(${triggerInfo})), "${FUNCTION_URL_FALLBACK}")}`,
    );
  });

  it("apiGateway: an apigw trigger bound to a created service; endpoint on the service's public domain", () => {
    const { template } = synthStack(
      variant((s) => {
        s.ingress = { kind: "apiGateway" };
      }),
    );
    expect(template.json).toHaveResourceWithProperties(ApiGatewayService, {
      service_name: "smsverify_dev_api",
      protocol: "https",
      net_type: ["OUTER"],
    });
    const [trigger] = template.named("tencentcloud_scf_function", "smsverify-dev-verification").triggers as Trigger[];
    expect(trigger.type).toBe("apigw");
    expect(trigger.trigger_desc).toContain(template.referenceTo("tencentcloud_api_gateway_service", "id").slice(2, -1));
    expect(trigger.trigger_desc).toMatch(/environmentName.*release/);
    expect(template.outputs().endpoint.value).toContain("outer_sub_domain");
  });

  it("apiGateway with an existing service: no service is created, the trigger names it", () => {
    const { template } = synthStack(
      variant((s) => {
        s.ingress = { kind: "apiGateway", existingServiceId: "service-abc123" };
      }),
    );
    expect(template.json).not.toHaveResource(ApiGatewayService);
    const [trigger] = template.named("tencentcloud_scf_function", "smsverify-dev-verification").triggers as Trigger[];
    expect(trigger).toMatchObject({ type: "apigw" });
    expect(trigger.trigger_desc).toContain("service-abc123");
  });
});

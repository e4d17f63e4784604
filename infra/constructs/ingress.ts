// Ingress: how HTTP reaches the function. `functionUrl` (default) is an SCF Function URL
// (`triggers { type = "http" }`); `apiGateway` is the tutorial's API Gateway trigger, for accounts
// that still have API Gateway — Tencent stopped creating new API Gateway triggers on 2024-07-01.
// The trigger is a block of tencentcloud_scf_function, so this construct hands the block to the
// function and afterwards derives the endpoint outputs from the function's computed attributes.
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { ApiGatewayService } from "../.gen/providers/tencentcloud/api-gateway-service";
import { ScfFunction, ScfFunctionTriggers } from "../.gen/providers/tencentcloud/scf-function";
import { IngressSettings } from "../config/environment-settings";
import { ResourceNames } from "./resource-names";

export interface IngressProps {
  names: ResourceNames;
  settings: IngressSettings;
  tags: Record<string, string>;
}

const FUNCTION_URL_DESC = {
  AuthType: "NONE",
  NetConfig: { EnableIntranet: false, EnableExtranet: true },
};

export class Ingress extends Construct {
  readonly kind: IngressSettings["kind"];
  /** Created only for apiGateway without an existing service id. */
  readonly apiGatewayService?: ApiGatewayService;
  /** The trigger block for tencentcloud_scf_function.triggers. */
  readonly trigger: ScfFunctionTriggers;
  private readonly serviceId?: string;

  constructor(scope: Construct, id: string, props: IngressProps) {
    super(scope, id);
    const { names, settings } = props;
    this.kind = settings.kind;
    if (settings.kind === "functionUrl") {
      this.trigger = { name: names.of("url"), type: "http", triggerDesc: JSON.stringify(FUNCTION_URL_DESC) };
      return;
    }
    if (settings.existingServiceId) {
      this.serviceId = settings.existingServiceId;
    } else {
      this.apiGatewayService = new ApiGatewayService(this, "service", {
        serviceName: names.of("api").replace(/-/g, "_"),
        serviceDesc: "SMS verification API",
        protocol: "https",
        netType: ["OUTER"],
        tags: props.tags,
      });
      this.serviceId = this.apiGatewayService.id;
    }
    this.trigger = {
      name: names.of("apigw"),
      type: "apigw",
      // Built with Fn.jsonencode so the service id can be a reference to the created service.
      triggerDesc: Fn.jsonencode({
        api: { authRequired: "FALSE", requestConfig: { method: "ANY" }, isIntegratedResponse: "TRUE" },
        service: { serviceId: this.serviceId },
        release: { environmentName: "release" },
      }),
    };
  }

  /**
   * What the endpoint output shows. Function URL: the trigger description SCF reports after
   * creation (it carries the https://<appid>-<id>.<region>.tencentscf.com URL). API Gateway: the
   * service's public domain on the `release` environment.
   */
  endpoint(fn: ScfFunction): string {
    if (this.kind === "apiGateway" && this.apiGatewayService) {
      return `https://${this.apiGatewayService.outerSubDomain}/release/${fn.name}`;
    }
    if (this.kind === "apiGateway") {
      return `service ${this.serviceId}, environment release, path /${fn.name}`;
    }
    return fn.triggerInfo.get(0).triggerDesc;
  }
}

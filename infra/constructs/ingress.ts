// Ingress: how HTTP reaches the function. `functionUrl` (default) is an SCF Function URL
// (`triggers { type = "http" }`); `apiGateway` is the tutorial's API Gateway trigger, for accounts
// that still have API Gateway — Tencent stopped creating new API Gateway triggers on 2024-07-01.
// By default the trigger is a block of tencentcloud_scf_function, so this construct hands the block
// to the function; with provisioned concurrency the Function URL is instead a standalone
// tencentcloud_scf_trigger on the function's `live` alias (attachToAlias). Either way the endpoint
// output is derived from what SCF reports about the trigger after creation.
import { Fn } from "../framework";
import { Construct } from "constructs";
import { ApiGatewayService } from "../.gen/providers/tencentcloud/api-gateway-service";
import { ScfFunction, ScfFunctionTriggers } from "../.gen/providers/tencentcloud/scf-function";
import { ScfTrigger } from "../.gen/providers/tencentcloud/scf-trigger";
import {
  APIGW_TRIGGER_DESC,
  FUNCTION_URL_FORMAT,
  FUNCTION_URL_TRIGGER_DESC,
  SCF_NAMESPACE,
  SCF_TRIGGER_ENABLED,
  SCF_TRIGGER_TYPES,
} from "../../cloud/scf";
import { IngressSettings } from "../config/environment-settings";
import { ResourceNames } from "./resource-names";

export interface IngressProps {
  names: ResourceNames;
  settings: IngressSettings;
  tags: Record<string, string>;
}

export class Ingress extends Construct {
  readonly kind: IngressSettings["kind"];
  /** Created only for apiGateway without an existing service id. */
  readonly apiGatewayService?: ApiGatewayService;
  /** The trigger block for tencentcloud_scf_function.triggers. */
  readonly trigger: ScfFunctionTriggers;
  /** The standalone Function URL trigger on an alias (attachToAlias), when there is one. */
  aliasTrigger?: ScfTrigger;
  private readonly serviceId?: string;

  constructor(scope: Construct, id: string, props: IngressProps) {
    super(scope, id);
    const { names, settings } = props;
    this.kind = settings.kind;
    if (settings.kind === "functionUrl") {
      this.trigger = {
        name: names.of("url"),
        type: SCF_TRIGGER_TYPES.functionUrl.name,
        triggerDesc: JSON.stringify(FUNCTION_URL_TRIGGER_DESC.publicWithoutAuth),
      };
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
      type: SCF_TRIGGER_TYPES.apiGateway.name,
      // Built with Fn.jsonencode so the service id can be a reference to the created service.
      triggerDesc: Fn.jsonencode(APIGW_TRIGGER_DESC.describe(this.serviceId, APIGW_TRIGGER_DESC.releaseEnvironment)),
    };
  }

  /**
   * Creates the Function URL as a standalone trigger invoking `alias` — a reference to the alias
   * resource's name, so the trigger follows the alias (provisioned concurrency lives
   * on the alias's version). The function itself then gets no `triggers` block. Function URL only:
   * the standalone trigger resource does not create API Gateway triggers.
   */
  attachToAlias(fn: ScfFunction, alias: string): ScfTrigger {
    if (this.kind !== "functionUrl") throw new Error("only a Function URL ingress can target an alias");
    this.aliasTrigger = new ScfTrigger(this, "alias-trigger", {
      functionName: fn.name,
      namespace: SCF_NAMESPACE.name,
      type: SCF_TRIGGER_TYPES.functionUrl.name,
      qualifier: alias,
      triggerDesc: this.trigger.triggerDesc,
      description: "Function URL of the live alias",
      enable: SCF_TRIGGER_ENABLED.name,
    });
    return this.aliasTrigger;
  }

  /**
   * What the endpoint output shows: a URL a person can paste. Function URL: SCF reports the URL
   * inside the trigger description after creation (tencentcloud_scf_function `trigger_info[*]
   * .trigger_desc`, or tencentcloud_scf_trigger `trigger_attribute`, both computed); the output
   * expression pulls the first https URL out of it and falls back to a clear message when the
   * attribute is absent or holds no URL (before the first apply, or an older provider). API
   * Gateway: the service's public domain on the `release` environment.
   */
  endpoint(fn: ScfFunction): string {
    if (this.kind === "apiGateway" && this.apiGatewayService) {
      return `https://${this.apiGatewayService.outerSubDomain}/${APIGW_TRIGGER_DESC.releaseEnvironment}/${fn.name}`;
    }
    if (this.kind === "apiGateway") {
      return `service ${this.serviceId}, environment ${APIGW_TRIGGER_DESC.releaseEnvironment}, path /${fn.name}`;
    }
    const reported = this.aliasTrigger ? Fn.jsonencode(this.aliasTrigger.triggerAttribute) : Fn.jsonencode(fn.triggerInfo);
    return Fn.try([Fn.regex(FUNCTION_URL_PATTERN, reported), FUNCTION_URL_FALLBACK]);
  }
}

/** The https URL inside the reported trigger description (cloud/scf.ts). */
export const FUNCTION_URL_PATTERN = FUNCTION_URL_FORMAT.pattern;
export const FUNCTION_URL_FALLBACK =
  "Function URL not reported yet: run `terraform apply -refresh-only`, or see the function's Function URL page in the SCF console";

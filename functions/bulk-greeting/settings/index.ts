// The bulk-greeting function's settings module: the seam between the stack and the function. The
// schema of every environment variable (variables.ts), the typed settings, `toEnvironment` /
// `fromEnvironment` (environment.ts), and the constants infra needs from the function (log
// fields, the template catalogue). infra/ imports bulk-greeting code only from here.
import { treeSchema } from "../../shared/settings/environment-variables";
import { runVariables } from "./variables";

export * from "./environment";
export { SEND_RATE_RANGE } from "./variables";
export { bulkGreetingLogFields, bulkGreetingLogEvents } from "../log-fields";
export { campaignTemplates } from "../content/campaign-templates";

/** The send rate as the environment table's campaigns block embeds it. */
export const sendRateSchema = treeSchema({ requestsPerSecond: runVariables.requestsPerSecond }).shape.requestsPerSecond;
export { verbatim } from "../../shared/settings/environment-variables";

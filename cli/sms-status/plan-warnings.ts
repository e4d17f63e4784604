// The rows `npm run plan` adds when credentials are present: one warning per piece of SMS content
// the environment uses that is not approved (a deploy would succeed and every send would fail).
// Never fails the plan: no credentials means no rows, an API failure is itself one warning row.
import type { EnvironmentEntry } from "../../infra/config/environment-settings";
import { validateEnvironment } from "../../infra/config/validate-environment";
import { deployerCredentialFrom } from "../../functions/shared/tencent/credential";
import { environmentContentStatus } from "./content-status";
import { ReviewClient } from "./review-client";

export async function smsContentWarnings(
  envName: string,
  processEnv: NodeJS.ProcessEnv,
  table: readonly EnvironmentEntry[],
): Promise<string[]> {
  const settings = table.find((e) => e.name === envName);
  if (!settings) return [];
  try {
    const credential = deployerCredentialFrom(processEnv);
    if (!credential) return [];
    const config = validateEnvironment(settings);
    const client = new ReviewClient({ credential, region: config.sms.region, endpoint: processEnv.SMS_ENDPOINT });
    const statuses = await environmentContentStatus(config, client);
    return statuses
      .filter((s) => s.state !== "approved")
      .map((s) => {
        const what = s.content.id !== undefined ? `id ${s.content.id}` : `"${s.content.name}"`;
        return `warning  sms-content  ${s.content.purpose} ${what} is ${s.state}${s.reason ? `: ${s.reason}` : ""} (npm run sms -- status ${envName})`;
      });
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    return [
      `warning  sms-content  could not read the SMS review state: ${String(e.code ?? "Error")}: ${String(e.message ?? error)}`,
    ];
  }
}

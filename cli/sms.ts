// `npm run sms -- status <env>`: the review state (approved / under review / rejected, with the
// reviewer's reason) of the signatures and templates <env> uses, read with the SMS API.
// Exit 0: everything the environment uses is approved; 1: something is not, or the API call
// failed (printed as code + message); 64: bad usage.
import { validateEnvironment } from "../infra/config/validate-environment";
import { requireDeployerCredential } from "../functions/shared/tencent/credential";
import { environmentContentStatus } from "./sms-status/content-status";
import { ReviewClient } from "./sms-status/review-client";
import { TencentApiError } from "../functions/shared/tencent/api-error";
import { allApproved, formatStatusTable } from "./sms-status/review-status";
import {
  CliError,
  CommandLineError,
  parseCommandLine,
  processIo,
  runAsEntryPoint,
  runCli,
  usageError,
  type CliIo,
} from "./command-line";
import { loadEnvironmentTable } from "./environment-table";

export const SMS_USAGE = "usage: npm run sms -- status <env>";
const SMS_HELP = `Shows the review state of the SMS signature and templates <env> uses (DescribeSmsSignList,
DescribeSmsTemplateList): approved, under review, approved but not yet effective, rejected (with the
reviewer's reason) or not found.
  credentials  TENCENTCLOUD_SECRET_ID + TENCENTCLOUD_SECRET_KEY, or TENCENTCLOUD_SECRETID + TENCENTCLOUD_SECRETKEY
               (optional session token: TENCENTCLOUD_SECURITY_TOKEN / TENCENTCLOUD_SESSIONTOKEN)
  SMS_ENDPOINT another SMS API address (a proxy or a local double)
exit: 0 everything used is approved; 1 something is not, or the SMS API call failed; 64 bad usage
`;

export async function smsCommand(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo = processIo): Promise<number> {
  return runCli(
    "sms",
    async () => {
      let parsed;
      try {
        parsed = parseCommandLine(argv, { options: {}, positionals: { min: 2, max: 2, name: "command and <env>" } });
      } catch (error) {
        if (error instanceof CommandLineError) throw usageError(error.message, SMS_USAGE);
        throw error;
      }
      if (parsed.help) {
        io.stdout(`${SMS_USAGE}\n${SMS_HELP}`);
        return 0;
      }
      const [command, name] = parsed.positionals as [string, string];
      if (command !== "status") throw usageError(`unknown command "${command}"; the only command is status`, SMS_USAGE);
      const table = loadEnvironmentTable();
      const settings = table.find((e) => e.name === name);
      if (!settings) {
        throw new CliError("ENVIRONMENT_UNKNOWN", `no environment "${name}"; known: ${table.map((e) => e.name).join(", ")}`);
      }
      const config = validateEnvironment(settings);
      const client = new ReviewClient({
        credential: requireDeployerCredential(env),
        region: config.sms.region,
        endpoint: env.SMS_ENDPOINT,
      });
      let statuses;
      try {
        statuses = await environmentContentStatus(config, client);
      } catch (error) {
        if (error instanceof TencentApiError)
          throw new CliError(error.code, `${error.message}${error.requestId ? ` (RequestId ${error.requestId})` : ""}`);
        throw error;
      }
      io.stdout(`SMS content of ${name} (SmsSdkAppId ${config.sms.sdkAppId}, ${config.sms.region})\n`);
      io.stdout(formatStatusTable(statuses));
      if (allApproved(statuses)) return 0;
      io.stderr(`sms: not everything ${name} uses is approved; sends with unapproved content fail\n`);
      return 1;
    },
    io,
    SMS_USAGE,
  );
}

export const main = smsCommand;
runAsEntryPoint(module, main);

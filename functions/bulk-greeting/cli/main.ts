// Entry point of `npm run campaign -- <command>`: parses arguments, runs one command, and turns
// failures into a coded message and an exit status (no stack traces for expected errors).
import { describeError } from "../../shared/describe-error";
import { parseArguments } from "./arguments";
import { CliError } from "./cli-error";
import { storageFromEnvironment } from "./cli-storage";
import { reportCommand } from "./report-command";
import { scheduleCommand } from "./schedule-command";
import { cancelCommand, statusCommand } from "./status-command";
import { validateCommand, type CommandIo } from "./validate-command";

const usage = `usage: npm run campaign -- <command> …
  validate <file> --template <id|name> --env <env>
  schedule <file> --template <id|name> --env <env> --at <ISO time|now> [--id <id>] [--allow-skips]
  status [<id>]
  cancel <id>
  report <id> [--format table|csv|svg] [--out <file>]
storage: CAMPAIGN_BUCKET + CAMPAIGN_BUCKET_REGION (COS) or CAMPAIGN_STORAGE_DIR (local directory)
`;

export interface CliEnvironment {
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

export async function runCampaignCli(argv: string[], io: CommandIo, context: CliEnvironment = { env: process.env, now: () => new Date() }): Promise<number> {
  const args = parseArguments(argv);
  try {
    switch (args.command) {
      case "validate":
        return await validateCommand(args, io);
      case "schedule":
        return await scheduleCommand(args, io, storageFromEnvironment(context.env), context.now());
      case "status":
        return await statusCommand(args, io, storageFromEnvironment(context.env));
      case "cancel":
        return await cancelCommand(args, io, storageFromEnvironment(context.env), context.now());
      case "report":
        return await reportCommand(args, io, storageFromEnvironment(context.env));
      case "":
      case "help":
      case "--help":
        io.out.write(usage);
        return args.command === "" ? 2 : 0;
      default:
        throw new CliError("UnknownCommand", `unknown command "${args.command}"\n${usage}`, 2);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err.write(`error ${error.code}: ${error.message}\n`);
      return error.exitCode;
    }
    // SDK failures (COS, SMS) carry their own code; print it with the message, never "[object Object]".
    const { code, message } = describeError(error);
    io.err.write(`error ${code}: ${message}\n`);
    return 1;
  }
}

if (require.main === module) {
  const interactive = Boolean(process.stderr.isTTY) && !process.env.CI;
  runCampaignCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, interactive }).then(
    (code) => (process.exitCode = code),
  );
}

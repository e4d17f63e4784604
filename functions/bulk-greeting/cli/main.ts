// Entry point of `npm run campaign -- <command>`: parses arguments, runs one command, and turns
// failures into a coded message and an exit status (no stack traces for expected errors).
import { describeError } from "../../shared/describe-error";
import type { TemplateBindings } from "../content/campaign-templates";
import { COMMANDS, commandUsage, parseCommandArguments, USAGE } from "./arguments";
import { CliError } from "./cli-error";
import { storageFromEnvironment } from "./cli-storage";
import { reportCommand } from "./report-command";
import { scheduleCommand } from "./schedule-command";
import { cancelCommand, statusCommand } from "./status-command";
import { bindingsFromTable } from "./table-bindings";
import { validateCommand, type CommandIo } from "./validate-command";

export interface CliEnvironment {
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** Approved template ids and signatures per environment; default: the environment table's. */
  bindings?: () => TemplateBindings;
}

export async function runCampaignCli(
  argv: string[],
  io: CommandIo,
  context: CliEnvironment = { env: process.env, now: () => new Date() },
): Promise<number> {
  const [command = "", ...rest] = argv;
  try {
    if (command === "" || command === "help" || command === "--help" || command === "-h") {
      io.out.write(USAGE);
      return command === "" ? 2 : 0;
    }
    if (!Object.hasOwn(COMMANDS, command))
      throw new CliError("UnknownCommand", `unknown command "${command}"\n${USAGE.trimEnd()}`, 2);
    const args = parseCommandArguments(command, rest);
    if (!args) {
      io.out.write(commandUsage(command));
      return 0;
    }
    switch (command) {
      case "validate":
        return await validateCommand(args, io, (context.bindings ?? bindingsFromTable)());
      case "schedule":
        return await scheduleCommand(
          args,
          io,
          storageFromEnvironment(context.env),
          context.now(),
          (context.bindings ?? bindingsFromTable)(),
        );
      case "status":
        return await statusCommand(args, io, storageFromEnvironment(context.env));
      case "cancel":
        return await cancelCommand(args, io, storageFromEnvironment(context.env), context.now());
      default:
        return await reportCommand(args, io, storageFromEnvironment(context.env));
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

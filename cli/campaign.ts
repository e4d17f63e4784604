// `npm run campaign -- <command>`: bulk greeting campaigns (functions/bulk-greeting) from the
// operator's terminal: parses arguments, runs one command of cli/campaign/, and reports failures
// in the shared error format (cli/command-line.ts).
import { Writable } from "node:stream";
import { COMMANDS, commandUsage, parseCommandArguments, USAGE } from "./campaign/arguments";
import { storageFromEnvironment } from "./campaign/cli-storage";
import { reportCommand } from "./campaign/report-command";
import { scheduleCommand } from "./campaign/schedule-command";
import { cancelCommand, statusCommand } from "./campaign/status-command";
import { campaignTable, type CampaignTable } from "./campaign/table-bindings";
import { validateCommand, type CommandIo } from "./campaign/validate-command";
import { EXIT, processIo, runAsEntryPoint, runCli, usageError, type CliIo } from "./command-line";

export interface CliEnvironment {
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** Approved template ids and signatures per environment; default: the environment table's. */
  table?: () => CampaignTable;
}

export async function runCampaignCli(
  argv: string[],
  io: CommandIo,
  context: CliEnvironment = { env: process.env, now: () => new Date() },
): Promise<number> {
  const [command = "", ...rest] = argv;
  const table = context.table ?? (() => campaignTable());
  const cliIo: CliIo = { stdout: (t) => io.out.write(t), stderr: (t) => io.err.write(t) };
  return runCli(
    "campaign",
    async () => {
      if (command === "help" || command === "--help" || command === "-h") {
        io.out.write(USAGE);
        return EXIT.OK;
      }
      if (command === "") throw usageError("missing command", USAGE);
      if (!Object.hasOwn(COMMANDS, command)) throw usageError(`unknown command "${command}"`, USAGE);
      const args = parseCommandArguments(command, rest);
      if (!args) {
        io.out.write(commandUsage(command));
        return EXIT.OK;
      }
      switch (command) {
        case "validate":
          return await validateCommand(args, io, table());
        case "schedule":
          return await scheduleCommand(args, io, storageFromEnvironment(context.env), context.now(), table());
        case "status":
          return await statusCommand(args, io, storageFromEnvironment(context.env));
        case "cancel":
          return await cancelCommand(args, io, storageFromEnvironment(context.env), context.now());
        default:
          return await reportCommand(args, io, storageFromEnvironment(context.env));
      }
    },
    cliIo,
  );
}

/** A stream over one of the CliIo functions (commands write to streams: progress lines rewrite themselves). */
const streamOf = (write: (text: string) => void): NodeJS.WritableStream =>
  new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      write(String(chunk));
      done();
    },
  });

export const main = (argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo) => {
  const streams: CommandIo =
    io === processIo
      ? { out: process.stdout, err: process.stderr, interactive: Boolean(process.stderr.isTTY) && !env.CI }
      : { out: streamOf(io.stdout), err: streamOf(io.stderr), interactive: false };
  return runCampaignCli([...argv], streams, { env, now: () => new Date() });
};
runAsEntryPoint(module, main);

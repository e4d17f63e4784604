// `npm run guard -- <status|unblock|safe> <env> …`: the operator's handle on the fraud guard
// (functions/verification/service/fraud-guard.ts) in an environment's Redis — active blocks with
// the figures that caused them, lifting one, the safe list.
//
// Access path: cli/environment-redis.ts (shared with `npm run insights`).
import { closeRedis } from "../functions/verification/store/redis-connection";
import { FraudGuardAdmin, parseFraudGuardScope, type ActiveBlock } from "../functions/verification/store/redis-fraud-guard";
import { CommandLineError, EXIT, parseCommandLine, processIo, runAsEntryPoint, runCli, type CliIo } from "./command-line";
import { connectEnvironmentRedis } from "./environment-redis";

export const usage = `usage: npm run guard -- <command> <env> [arguments]

commands:
  status <env>                      active fraud-guard blocks (scope, codes sent and verified in the
                                    window when it blocked, since, until) and the safe list
  unblock <env> <scope>             lift a block: prefix:+8613800, country:+852 (or a bare +8613800)
  safe <env> list                   the safe list
  safe <env> add <entry>…           never block (nor count) these numbers or prefixes, e.g.
                                    +8613800138000 (one number), +8613800 (a prefix), +852 (a country)
  safe <env> remove <entry>…        take entries off the safe list

<env>: an environment of infra/config/environments.ts, or local (npm run dev's Redis).

connection: REDIS_HOST (required), REDIS_PORT (default 6379), REDIS_CLUSTER (default: the
environment's redis.architecture); the password from the environment's function secret with
TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (ssm:GetSecretValue), or REDIS_PASSWORD.

options:
  -h, --help     show this help
exit: 0 done; 3 nothing to do (no such block or entry); 1 failed (Redis, Secrets Manager); 64 bad usage`;

export interface GuardCliDeps {
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  /** One line per call (no trailing newline). */
  out: (line: string) => void;
  /** Where the shared error line goes; default: the out function. */
  io?: CliIo;
}

/** Exit status: the shared table (cli/command-line.ts); 3 = nothing to do (no such block or entry). */
export async function runGuardCli(argv: readonly string[], deps: GuardCliDeps): Promise<number> {
  const io = deps.io ?? {
    stdout: (t: string) => deps.out(t.replace(/\n$/, "")),
    stderr: (t: string) => deps.out(t.replace(/\n$/, "")),
  };
  return runCli(
    "guard",
    async () => {
      const parsed = parseCommandLine(argv, { options: {}, positionals: { min: 2, max: 50, name: "<command> <env>" } });
      if (parsed.help) {
        deps.out(usage);
        return EXIT.OK;
      }
      const [command, envName, ...rest] = parsed.positionals as [string, string, ...string[]];
      checkArguments(command, rest);

      const redis = await connectEnvironmentRedis(envName, deps.env);
      try {
        return await runCommand(new FraudGuardAdmin(redis), command, rest, deps);
      } finally {
        await closeRedis(redis);
      }
    },
    io,
    usage,
  );
}

function checkArguments(command: string, rest: string[]): void {
  if (command === "status") {
    if (rest.length > 0) throw new CommandLineError("status takes no arguments after <env>");
  } else if (command === "unblock") {
    if (rest.length !== 1) throw new CommandLineError("unblock takes one scope, e.g. prefix:+8613800");
    if (!scopeOf(rest[0]))
      throw new CommandLineError(`${JSON.stringify(rest[0])} is not a scope like prefix:+8613800 or country:+852`);
  } else if (command === "safe") {
    const [action, ...entries] = rest;
    if (action === "list" && entries.length === 0) return;
    if ((action === "add" || action === "remove") && entries.length > 0) {
      const bad = entries.find((entry) => !/^\+\d{1,15}$/.test(entry));
      if (bad) throw new CommandLineError(`${JSON.stringify(bad)} is not an E.164 number or prefix like +8613800`);
      return;
    }
    throw new CommandLineError("safe takes list, or add|remove followed by numbers or prefixes");
  } else {
    throw new CommandLineError(`unknown command ${JSON.stringify(command)}; commands: status, unblock, safe`);
  }
}

function scopeOf(text: string) {
  return parseFraudGuardScope(text.startsWith("+") ? `prefix:${text}` : text);
}

async function runCommand(guard: FraudGuardAdmin, command: string, rest: string[], deps: GuardCliDeps): Promise<number> {
  if (command === "status") {
    const blocks = await guard.activeBlocks(deps.clock());
    if (blocks.length === 0) deps.out("no active blocks");
    else for (const line of blockTable(blocks)) deps.out(line);
    const safe = await guard.safeList();
    deps.out(`safe list: ${safe.length === 0 ? "empty" : safe.join(", ")}`);
    return 0;
  }
  if (command === "unblock") {
    const scope = scopeOf(rest[0])!;
    if (await guard.unblock(scope)) {
      deps.out(`unblocked ${scope} (its window's figures were reset)`);
      return 0;
    }
    deps.out(`no block on ${scope}`);
    return EXIT.PARTIAL;
  }
  const [action, ...entries] = rest;
  if (action === "list") {
    const safe = await guard.safeList();
    deps.out(safe.length === 0 ? "safe list: empty" : safe.join("\n"));
    return 0;
  }
  let changed = 0;
  for (const entry of entries) {
    const done = action === "add" ? await guard.addSafe(entry) : await guard.removeSafe(entry);
    if (done) changed++;
    deps.out(`${entry}: ${done ? (action === "add" ? "added" : "removed") : action === "add" ? "already listed" : "not listed"}`);
  }
  return changed > 0 ? EXIT.OK : EXIT.PARTIAL;
}

function blockTable(blocks: ActiveBlock[]): string[] {
  const rows = blocks.map((b) => [
    b.scope,
    String(b.sent),
    String(b.verified),
    b.sent > 0 ? `${((b.verified * 100) / b.sent).toFixed(1)}%` : "-",
    b.blockedAt.toISOString(),
    b.until.toISOString(),
  ]);
  const header = ["scope", "sent", "verified", "conversion", "blocked at", "until"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

export const main = (argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo = processIo) =>
  runGuardCli(argv, { env, clock: () => new Date(), out: (line) => io.stdout(`${line}\n`), io });
runAsEntryPoint(module, main);

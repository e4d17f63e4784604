// `npm run guard -- <status|unblock|safe> <env> …`: the operator's handle on the fraud guard
// (functions/verification/service/fraud-guard.ts) in an environment's Redis — active blocks with
// the figures that caused them, lifting one, the safe list.
//
// Access path: the one `npm run keys` uses for the environment's secrets (the deployer's
// TENCENTCLOUD_SECRET_ID / _SECRET_KEY → Secrets Manager, `<app>-<env>-function-secrets`, field
// redisPassword), plus REDIS_HOST / REDIS_PORT for an address of the instance reachable from where
// it runs (the VPC, a VPN or a tunnel; the private address is not routed from the internet).
// REDIS_PASSWORD set (even empty) skips Secrets Manager: that is how it reaches `npm run dev`'s
// private Redis, under the environment name `local`.
import { CommandLineError, parseCommandLine } from "../../tools/command-line";
import { SecretsManager } from "../../functions/shared/ssm/secrets-manager";
import { secretVersionId } from "../../functions/verification/secrets/secret-layout";
import { closeRedis, connectRedis, whenRedisReady } from "../../functions/verification/store/redis-connection";
import { FraudGuardAdmin, parseFraudGuardScope, type ActiveBlock } from "../../functions/verification/store/redis-fraud-guard";
import { ENVIRONMENTS } from "../config/environments";
import { validateEnvironment } from "../config/validate-environment";
import { ResourceNames } from "../constructs/resource-names";
import { apiCredentialFrom } from "../sms-status/api-credentials";

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
  -h, --help     show this help`;

export interface GuardCliDeps {
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  out: (line: string) => void;
}

/** Exit status: 0 done, 1 failure (Redis, Secrets Manager), 3 nothing to do (no such block/entry), 64 usage. */
export async function runGuardCli(argv: string[], deps: GuardCliDeps): Promise<number> {
  let command: string;
  let envName: string;
  let rest: string[];
  try {
    const parsed = parseCommandLine(argv, { options: {}, positionals: { min: 2, max: 50, name: "<command> <env>" } });
    if (parsed.help) {
      deps.out(usage);
      return 0;
    }
    [command, envName, ...rest] = parsed.positionals as [string, string, ...string[]];
    checkArguments(command, rest);
  } catch (error) {
    if (!(error instanceof CommandLineError)) throw error;
    deps.out(`guard: ${error.message}\n\n${usage}`);
    return 64;
  }

  const host = deps.env.REDIS_HOST?.trim();
  if (!host) {
    deps.out("guard: REDIS_HOST is not set (an address of the environment's Redis reachable from here)");
    return 64;
  }
  const port = Number(deps.env.REDIS_PORT?.trim() || "6379");
  let cluster = (deps.env.REDIS_CLUSTER?.trim() || "").toLowerCase() === "true";
  let password = deps.env.REDIS_PASSWORD;
  if (envName !== "local") {
    const settings = ENVIRONMENTS.find((e) => e.name === envName);
    if (!settings) {
      deps.out(
        `guard: no environment ${JSON.stringify(envName)}; environments: local, ${ENVIRONMENTS.map((e) => e.name).join(", ")}`,
      );
      return 64;
    }
    const config = validateEnvironment(settings);
    const redisSettings = config.redis.existing ?? config.redis;
    if (!deps.env.REDIS_CLUSTER?.trim()) cluster = redisSettings.architecture === "cluster";
    if (password === undefined) {
      try {
        password = await redisPasswordOf(
          new ResourceNames(config.app, config.name).of("function-secrets"),
          config.region,
          deps.env,
        );
      } catch (error) {
        deps.out(`guard: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
    }
  }

  const redis = connectRedis({ host, port, password: password || undefined, cluster, connectTimeoutMs: 5000 });
  try {
    await whenRedisReady(redis, 5000);
    const guard = new FraudGuardAdmin(redis);
    return await runCommand(guard, command, rest, deps);
  } catch (error) {
    deps.out(`guard: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await closeRedis(redis);
  }
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
    return 3;
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
  return changed > 0 ? 0 : 3;
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

async function redisPasswordOf(secretName: string, region: string, env: NodeJS.ProcessEnv): Promise<string> {
  const credential = apiCredentialFrom(env);
  if (!credential) {
    throw new Error("set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (to read the Redis password) or REDIS_PASSWORD");
  }
  const ssm = new SecretsManager(
    { region, endpoint: env.SSM_ENDPOINT?.trim() || undefined, timeoutSeconds: 10 },
    () => credential,
  );
  const secret = JSON.parse(await ssm.getSecretString(secretName, secretVersionId)) as { redisPassword?: unknown };
  return typeof secret.redisPassword === "string" ? secret.redisPassword : "";
}

if (require.main === module) {
  runGuardCli(process.argv.slice(2), { env: process.env, clock: () => new Date(), out: (line) => console.log(line) }).then(
    (status) => process.exit(status),
    (error: unknown) => {
      console.error(`guard: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

// `npm run insights -- <env> [--since 24h] [--by country|prefix|hour] [--format text|json|html] [--out file]`:
// the verification funnel of an environment from its hourly counters in Redis — codes requested,
// sent, delivered (delivery receipts), verified, conversion, refusals by limit — as a table, JSON,
// or an HTML page with charts. Redis is reached the way `npm run guard` reaches it
// (cli/environment-redis.ts).
import { writeFileSync } from "node:fs";
import { readInsightHours } from "../functions/shared/insights/hourly-counters";
import { closeRedis } from "../functions/verification/store/redis-connection";
import { CommandLineError, EXIT, parseCommandLine, processIo, runAsEntryPoint, runCli, type CliIo } from "./command-line";
import { connectEnvironmentRedis, environmentRedisHelp } from "./environment-redis";
import { funnelPage } from "./insights/funnel-page";
import { funnelReport, funnelTable, hourStampsBetween, type GroupBy } from "./insights/funnel-report";

export const usage = `usage: npm run insights -- <env> [--since 24h] [--by country|prefix|hour] [--format text|json|html] [--out <file>]

the verification funnel: codes requested, sent, failed, delivered, verified, conversion (verified /
sent) and refusals by limit, from the hourly counters the function keeps in Redis.

options:
  --since <n>h|<n>d   how far back (whole hours, UTC; default 24h; counters are kept 8 days)
  --by <group>        country (default), prefix or hour
  --format <f>        text (default), json, or html (a page with charts; use --out)
  --out <file>        write there instead of standard output
  -h, --help          show this help

${environmentRedisHelp}
exit: 0 done; 1 failed (Redis, Secrets Manager); 64 bad usage`;

export interface InsightsCliDeps {
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  io: CliIo;
}

export async function runInsightsCli(argv: readonly string[], deps: InsightsCliDeps): Promise<number> {
  return runCli(
    "insights",
    async () => {
      const parsed = parseCommandLine(argv, {
        options: {
          since: { type: "string" },
          by: { type: "string" },
          format: { type: "string" },
          out: { type: "string" },
        },
        positionals: { min: 1, max: 1, name: "<env>" },
      });
      if (parsed.help) {
        deps.io.stdout(`${usage}\n`);
        return EXIT.OK;
      }
      const envName = parsed.positionals[0];
      const sinceHours = hoursOf(parsed.values.since ?? "24h");
      const by = (parsed.values.by ?? "country") as GroupBy;
      if (!["country", "prefix", "hour"].includes(by)) throw new CommandLineError("--by takes country, prefix or hour");
      const format = parsed.values.format ?? "text";
      if (!["text", "json", "html"].includes(format)) throw new CommandLineError("--format takes text, json or html");

      const to = deps.clock();
      const from = new Date(to.getTime() - sinceHours * 3600000);
      const redis = await connectEnvironmentRedis(envName, deps.env);
      let hours;
      try {
        hours = await readInsightHours(redis, hourStampsBetween(from, to));
      } finally {
        await closeRedis(redis);
      }
      const report = funnelReport(envName, by, hours, from, to);
      let text: string;
      if (format === "json") text = JSON.stringify(report, null, 2) + "\n";
      else if (format === "html") {
        text = funnelPage(
          report,
          funnelReport(envName, "hour", hours, from, to).rows,
          funnelReport(envName, "prefix", hours, from, to).rows,
        );
      } else text = funnelTable(report).join("\n") + "\n";
      if (parsed.values.out) {
        writeFileSync(parsed.values.out, text);
        deps.io.stdout(`wrote ${parsed.values.out}\n`);
      } else deps.io.stdout(text);
      return EXIT.OK;
    },
    deps.io,
    usage,
  );
}

function hoursOf(text: string): number {
  const match = /^(\d{1,4})([hd])$/.exec(text);
  if (!match || Number(match[1]) === 0)
    throw new CommandLineError(`--since takes a duration like 24h or 7d, not ${JSON.stringify(text)}`);
  return Number(match[1]) * (match[2] === "d" ? 24 : 1);
}

export const main = (argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo = processIo) =>
  runInsightsCli(argv, { env, clock: () => new Date(), io });
runAsEntryPoint(module, main);

// Cold-start section of `npm run bench`: the deployed bundle (built the way synth builds it), its
// size, the cold `require` of it against requiring ioredis + the SMS SDK from node_modules (fresh
// processes, alternating, on the Node of SCF's default runtime and on the project's Node), and the first request
// of a fresh container: require + Secrets Manager read (local TC3-checking double) + Redis
// connect + one login, on that runtime's Node.
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { buildFunctionBundle } from "../../infra/constructs/function-bundle";
import { DEFAULT_RUNTIME, NODE_RUNTIMES } from "../../infra/config/tencentcloud-catalog";
import { loadInScfRuntime, scfNodeBinary } from "../../test/support/scf-node-runtime";
import { startFixture } from "../../test/functions/verification/support/verification-fixture";
import { median, ms, verdict, type Row } from "./stats";

const root = resolve(__dirname, "../..");
const verificationEntry = join(root, "functions/verification/index.ts");

export async function coldStartRows(runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  const bundle = buildFunctionBundle(verificationEntry, NODE_RUNTIMES[DEFAULT_RUNTIME]);
  const indexFile = join(bundle.dir, "index.js");
  rows.push({
    metric: "verification bundle size (minified index.js)",
    value: `${(bundle.bytes / 1024).toFixed(1)} KB`,
    target: "≤ 450 KB",
    verdict: verdict(bundle.bytes <= 450 * 1024),
  });

  const binary = scfNodeBinary();
  const runtimes: [string, string][] = [[`Node ${process.version}`, process.execPath]];
  if (binary.kind === "found") runtimes.unshift([`Node ${binary.version} (SCF ${DEFAULT_RUNTIME})`, binary.path]);
  for (const [label, node] of runtimes) {
    const ours: number[] = [];
    const reference: number[] = [];
    // Alternating, so load changes during the run hit both series alike.
    for (let i = 0; i < runs; i++) {
      ours.push(requireMs(node, [indexFile]));
      reference.push(requireMs(node, ["ioredis", "tencentcloud-sdk-nodejs-sms"]));
    }
    const ratio = median(ours) / median(reference);
    rows.push({
      metric: `cold require of the bundle, ${label} (median of ${runs} processes)`,
      value: ms(median(ours)),
      reference: `${ms(median(reference))} (require ioredis + tencentcloud-sdk-nodejs-sms)`,
      ratio: ratio.toFixed(2),
      target: "≤ 0.25",
      verdict: verdict(ratio <= 0.25),
    });
  }

  if (binary.kind === "found") rows.push(...(await firstRequestRows(binary.path, indexFile, Math.max(5, Math.ceil(runs / 2)))));
  return rows;
}

/** Wall time of require() of the given modules in a fresh process, measured inside it. */
function requireMs(node: string, modules: string[]): number {
  const script = `const t=process.hrtime.bigint();for(const m of ${JSON.stringify(modules)})require(m);process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  return Number(execFileSync(node, ["-e", script], { cwd: root, encoding: "utf8" }));
}

async function firstRequestRows(node: string, indexFile: string, runs: number): Promise<Row[]> {
  const fixture = await startFixture({ REDIS_CONNECT_TIMEOUT_MS: "10000", SSM_TIMEOUT_SECONDS: "10" });
  const requires: number[] = [];
  const firsts: number[] = [];
  const totals: number[] = [];
  const warm: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const container = await loadInScfRuntime(node, indexFile, fixture.env);
      try {
        const login = {
          httpMethod: "POST",
          path: "/",
          headers: { "content-type": "application/json", "x-scf-remote-addr": "127.0.0.1" },
          queryString: {},
          body: `{"method":"login","phone":"+8613900${String(i).padStart(6, "0")}","code":"123456"}`,
        };
        const first = await container.invoke<{ statusCode: number }>(login, { request_id: `cold-${i}` });
        if (first.value.statusCode !== 400) throw new Error(`first request answered ${first.value.statusCode}`);
        const second = await container.invoke<{ statusCode: number }>(login, { request_id: `warm-${i}` });
        requires.push(container.requireMs);
        firsts.push(first.handlerMs);
        totals.push(container.requireMs + first.handlerMs);
        warm.push(second.handlerMs);
      } finally {
        await container.stop();
      }
    }
  } finally {
    await fixture.stop();
  }
  return [
    {
      metric: `first request of a fresh container, SCF ${DEFAULT_RUNTIME} (median of ${runs}): require + Secrets Manager read (local double) + Redis connect + one login`,
      value: ms(median(totals)),
      reference: `${ms(median(warm))} (the same login, warm)`,
    },
    { metric: "… of which require / first main_handler call", value: `${ms(median(requires))} / ${ms(median(firsts))}` },
  ];
}

// A fresh process under SCF's Node 18.15 for the cold-start rows of `npm run bench`: loads one
// bundled file and answers once, then exits. Plain CommonJS: what runs is the bundle and Node only.
//   node cold-first-reply-driver.js function <index.js> <event JSON>  → require + main_handler(event)
//   node cold-first-reply-driver.js floor <floor.js>                   → require + one Redis command
// Writes one JSON line to stderr when the reply is there: times in ms since the process started
// (performance.timeOrigin), and the function's performance marks (its cold-start phases).
"use strict";
const { performance } = require("node:perf_hooks");

const [mode, file, eventJson] = process.argv.slice(2);

async function main() {
  const requireStarted = performance.now();
  const loaded = require(file);
  const required = performance.now();
  const reply =
    mode === "function"
      ? await loaded.main_handler(JSON.parse(eventJson), { request_id: "cold-start" })
      : await loaded.firstCommand();
  const replied = performance.now();
  const marks = performance.getEntriesByType("mark").map((mark) => [mark.name, mark.startTime]);
  process.stderr.write(
    JSON.stringify({ kind: "replied", status: reply.statusCode, requireStarted, required, replied, marks }) + "\n",
    () => process.exit(0),
  );
}

main().catch((error) => {
  process.stderr.write(JSON.stringify({ kind: "failed", error: String((error && error.stack) || error) }) + "\n", () =>
    process.exit(1),
  );
});

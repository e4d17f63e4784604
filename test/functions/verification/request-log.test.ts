// The production request-log writer: nothing written synchronously; the lines of one event-loop
// turn leave corked together (one system call), each still its own write ending in a newline, as
// SCF parses a line that is one JSON object into CLS keys (cloud/cls.ts); and flush() resolves only once the write holding the caller's line has completed —
// the handler awaits it so nothing is pending when SCF freezes the container after the reply.
import { Writable } from "node:stream";
import {
  batchedStdoutWriter,
  requestLogFields,
  requestLogLine,
  type RequestLogEntry,
} from "../../../functions/verification/http/request-log";
import { maskNationalNumber, maskPhoneNumber } from "../../../functions/verification/service/phone-number";

/** A stream that records writes and completes each one only when told to (or at once). */
function recordingStream(holdWrites = false) {
  const writes: string[] = [];
  const held: (() => void)[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      writes.push(String(chunk));
      if (holdWrites) held.push(() => callback());
      else callback();
    },
  });
  return { stream, writes, releaseAll: () => held.splice(0).forEach((release) => release()) };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

it("writes nothing synchronously, then each line of the turn as its own write of one JSON line", async () => {
  const { stream, writes } = recordingStream();
  const log = batchedStdoutWriter(stream);
  log('{"n":1}');
  log('{"n":2}');
  log('{"n":3}');
  expect(writes).toEqual([]);
  await log.flush?.();
  expect(writes).toEqual(['{"n":1}\n', '{"n":2}\n', '{"n":3}\n']);
  for (const write of writes) expect(JSON.parse(write)).toEqual(expect.any(Object));
});

it("hands the lines of one turn to a pipe together (one writev), so batching still saves the system calls", async () => {
  const batches: string[][] = [];
  const stream = new Writable({
    writev(chunks, callback) {
      batches.push(chunks.map(({ chunk }) => String(chunk)));
      callback();
    },
  });
  const log = batchedStdoutWriter(stream);
  log('{"n":1}');
  log('{"n":2}');
  await log.flush?.();
  expect(batches).toEqual([['{"n":1}\n', '{"n":2}\n']]);
});

it("resolves flush only after the write holding the line has completed", async () => {
  const { stream, writes, releaseAll } = recordingStream(true);
  const log = batchedStdoutWriter(stream);
  log('{"id":"a"}');
  let flushed = false;
  const flushing = log.flush?.().then(() => (flushed = true));
  await nextTurn();
  await nextTurn();
  expect(writes).toEqual(['{"id":"a"}\n']);
  expect(flushed).toBe(false);
  releaseAll();
  await flushing;
  expect(flushed).toBe(true);
});

it("puts a line logged after a batch went out into the next write, and waits for that one", async () => {
  const { stream, writes } = recordingStream();
  const log = batchedStdoutWriter(stream);
  log("first");
  await log.flush?.();
  log("second");
  await log.flush?.();
  expect(writes).toEqual(["first\n", "second\n"]);
});

it("has nothing to wait for when no line is queued", async () => {
  const { stream, writes } = recordingStream(true);
  const log = batchedStdoutWriter(stream);
  await log.flush?.();
  expect(writes).toEqual([]);
});

describe("requestLogLine", () => {
  /** The line as JSON.stringify writes the object with every field in requestLogFields order. */
  function viaStringify(entry: RequestLogEntry): string {
    const phone = entry.phone ? (entry.numberPrefix ? maskNationalNumber(entry.phone) : maskPhoneNumber(entry.phone)) : undefined;
    const values: Record<string, unknown> = {
      ...entry,
      level: entry.status >= 500 ? "error" : entry.alarm ? "warn" : "info",
      msg: "verification request",
      phone,
      testNumber: entry.testNumber === undefined ? undefined : String(entry.testNumber),
    };
    return JSON.stringify(Object.fromEntries(requestLogFields.map((name) => [name, values[name]])));
  }

  const entries: RequestLogEntry[] = [
    { status: 400, codeStr: "CodeHasExpired", latencyMs: 0.21 },
    {
      requestId: 'req-"quoted"\\back\nline',
      ingress: "functionUrl",
      httpMethod: "POST",
      method: "login",
      phone: "+8613800138000",
      clientIp: "2001:db8:1:2::/64",
      status: 429,
      codeStr: "RateLimited",
      detail: "budget:prefixHourly",
      limit: "budget",
      providerCode: "LimitExceeded.PhoneNumberDailyLimit",
      budget: "prefixHourly",
      numberPrefix: "+8613800",
      guardScope: "prefix:+8613800",
      guardSent: 20,
      guardVerified: 0,
      alarm: "smsBudgetTripped",
      smsOutcome: "unknown",
      cause: "timeout",
      captcha: "failed:9 \u2028 ünïcode",
      testNumber: true,
      latencyMs: 12.5,
      error: "TypeError: x is \u0000 not a function",
    },
    { phone: "+447700900123", status: 200, codeStr: "Success", testNumber: false, latencyMs: 0 },
    { status: 503, codeStr: "ServiceUnavailable", cause: "auth", latencyMs: Number.NaN },
  ];

  it.each(entries.map((entry, i) => [i, entry] as const))("entry %i is what JSON.stringify writes for it", (_i, entry) => {
    const line = requestLogLine(entry);
    expect(line).toBe(viaStringify(entry));
    expect(Object.keys(JSON.parse(line))).toEqual(requestLogFields.filter((name) => name in JSON.parse(viaStringify(entry))));
  });

  it("writes every field of requestLogFields, in that order, when all are set", () => {
    const full = entries[1];
    expect(Object.keys(JSON.parse(requestLogLine(full)))).toEqual([...requestLogFields]);
  });
});

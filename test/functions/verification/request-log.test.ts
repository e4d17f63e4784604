// The production request-log writer: no stdout write per line (lines of one event-loop turn share
// one write), and flush() resolves only once the write holding the caller's line has completed —
// the handler awaits it so nothing is pending when SCF freezes the container after the reply.
import { Writable } from "node:stream";
import { batchedStdoutWriter } from "../../../functions/verification/http/request-log";

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

it("writes nothing synchronously and sends the lines of one turn in a single write", async () => {
  const { stream, writes } = recordingStream();
  const log = batchedStdoutWriter(stream);
  log('{"n":1}');
  log('{"n":2}');
  log('{"n":3}');
  expect(writes).toEqual([]);
  await log.flush?.();
  expect(writes).toEqual(['{"n":1}\n{"n":2}\n{"n":3}\n']);
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

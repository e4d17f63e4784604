// Concurrency: the Lua scripts must make limit checks and attempt counting atomic, so parallel
// requests cannot slip past them the way the tutorial's read-then-write updates did.
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import {
  captureLog,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

let fixture: Fixture;
let runtime: VerificationRuntime;

beforeAll(async () => {
  // A generous command timeout: this suite is about atomicity, and 1,000 parallel scripts on a
  // loaded 2-core machine can take longer than the fixture's 400 ms (each would then be a 503).
  fixture = await startFixture({
    IP_HOURLY_LIMIT: "100000",
    LOGIN_IP_HOURLY_WRONG_LIMIT: "100000",
    REDIS_CONNECT_TIMEOUT_MS: "5000",
  });
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

it("evaluates at most MAX_ATTEMPTS of 1,000 parallel wrong guesses and then refuses the right code", async () => {
  const phone = "+8613800138001";
  const sent = await runtime.handle(functionUrlGet({ method: "getSms", phone }), {});
  expect(sent.statusCode).toBe(200);
  const code = lastCodeSentTo(fixture.sms, phone);
  const wrong = code === "999999" ? "999998" : "999999";

  const replies = await Promise.all(
    Array.from({ length: 1000 }, () => runtime.handle(functionUrlJson({ method: "login", phone, code: wrong }), {})),
  );
  const codes = replies.map((r) => replyBody(r).codeStr);
  const evaluated = codes.filter((c) => c === "CodeIsError");
  expect(evaluated).toHaveLength(3);
  expect(codes.filter((c) => c === "CodeHasValid")).toHaveLength(997);
  expect(
    replies
      .map((r) => replyBody(r).attemptsLeft)
      .filter((n) => n !== undefined)
      .sort(),
  ).toEqual([0, 1, 2]);

  const right = await runtime.handle(functionUrlJson({ method: "login", phone, code }), {});
  expect(right.statusCode).toBe(403);
  expect(replyBody(right).codeStr).toBe("CodeHasValid");
});

it("sends exactly one SMS for 200 parallel getSms on one phone", async () => {
  const phone = "+8613800138002";
  fixture.sms.reset();
  const replies = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      runtime.handle(functionUrlGet({ method: "getSms", phone }, `10.0.${i >> 8}.${i & 255}`), {}),
    ),
  );
  const statuses = replies.map((r) => r.statusCode);
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 429)).toHaveLength(199);
  expect(fixture.sms.sent.filter((m) => m.phoneNumbers.includes(phone))).toHaveLength(1);
});

it("lets only the first of several parallel right guesses log in (single use)", async () => {
  const phone = "+8613800138003";
  await runtime.handle(functionUrlGet({ method: "getSms", phone }), {});
  const code = lastCodeSentTo(fixture.sms, phone);
  const replies = await Promise.all(
    Array.from({ length: 20 }, () => runtime.handle(functionUrlJson({ method: "login", phone, code }), {})),
  );
  const codes = replies.map((r) => replyBody(r).codeStr);
  expect(codes.filter((c) => c === "Success")).toHaveLength(1);
  expect(codes.filter((c) => c === "CodeHasExpired")).toHaveLength(19);
});

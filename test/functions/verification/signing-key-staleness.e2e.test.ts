// A container that cannot read Secrets Manager through a whole key rotation (issue 20, item 7):
// it keeps signing with its cached key while no rotation it could not see can have dropped that
// key, and after that answers 503 ServiceUnavailable (the code kept) instead of issuing a token no
// backend can verify. The clock is injected; Secrets Manager's double answers 503 meanwhile.
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
const start = Date.now();
let now = start;

beforeAll(async () => {
  fixture = await startFixture({ IP_HOURLY_LIMIT: "100000", SSM_TIMEOUT_SECONDS: "1" });
  runtime = createVerificationRuntime(fixture.env, { log: captureLog().write, clock: () => new Date(now) });
});

afterAll(async () => {
  await runtime.close();
  await fixture.stop();
});

let phoneSeq = 0;
async function login(): Promise<{ status: number; body: Record<string, unknown>; phone: string; code: string }> {
  const phone = `+86134${String(50000000 + phoneSeq++)}`;
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone }), {})).statusCode).toBe(200);
  const code = lastCodeSentTo(fixture.sms, phone);
  const reply = await runtime.handle(functionUrlJson({ method: "login", phone, code }), {});
  return { status: reply.statusCode, body: replyBody(reply), phone, code };
}

it("signs with the cached key until a rotation could have dropped it, then answers 503 and keeps the code", async () => {
  expect((await login()).status).toBe(200); // key set read at `start`
  fixture.ssm.setBehaviour({ kind: "httpError", status: 503 });
  try {
    // Earliest drop with no pending key: publish wait 660 s + drop wait (900 + 300 + 60 s) = 1920 s.
    now = start + 1919_000;
    const before = await login();
    expect(before.body.codeStr).toBe("Success");
    const token = String(before.body.refreshToken);

    now = start + 1921_000;
    const after = await login();
    expect(after.status).toBe(503);
    expect(after.body.codeStr).toBe("ServiceUnavailable");
    const refresh = await runtime.handle(functionUrlJson({ method: "refresh", refreshToken: token }), {});
    expect(refresh.statusCode).toBe(503);

    // Secrets Manager answers again: the same code still signs the user in.
    fixture.ssm.setBehaviour({ kind: "ok" });
    now += 400_000; // past SECRETS_REFRESH_SECONDS: the next request re-reads in the background
    await runtime.handle(functionUrlJson({ method: "refresh", refreshToken: token }), {});
    await runtime.secrets?.reread("test");
    const retry = await runtime.handle(functionUrlJson({ method: "login", phone: after.phone, code: after.code }), {});
    expect(replyBody(retry).codeStr).toBe("Success");
  } finally {
    fixture.ssm.setBehaviour({ kind: "ok" });
  }
});

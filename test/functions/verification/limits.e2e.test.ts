// Send limits: per-phone cooldown, the daily cap counted per Asia/Shanghai calendar day (with an
// injected clock crossing Shanghai midnight) and the hourly cap per client IP.
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import { captureLog, functionUrlGet, replyBody, startFixture, type Fixture } from "./support/verification-fixture";

let fixture: Fixture;
const runtimes: VerificationRuntime[] = [];

beforeAll(async () => {
  fixture = await startFixture();
});

afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.close()));
  await fixture.stop();
});

function runtimeWith(env: Record<string, string>, clock?: () => Date): VerificationRuntime {
  const runtime = createVerificationRuntime({ ...fixture.env, ...env }, { log: captureLog().write, clock });
  runtimes.push(runtime);
  return runtime;
}

it("enforces the resend cooldown per phone, not across phones", async () => {
  const runtime = runtimeWith({ RESEND_COOLDOWN_SECONDS: "30" });
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138201" }), {})).statusCode).toBe(200);
  const again = await runtime.handle(functionUrlGet({ method: "getSms", phone: "+86 138 0013 8201" }), {});
  expect(again.statusCode).toBe(429);
  expect(replyBody(again)).toMatchObject({ codeStr: "RateLimited", limit: "cooldown" });
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138202" }), {})).statusCode).toBe(200);
});

it("caps sends per phone per Shanghai calendar day and resets at Shanghai midnight", async () => {
  // 15:59:00 UTC is 23:59:00 in Shanghai; 16:00:00 UTC is the next Shanghai day.
  let now = new Date("2026-03-10T15:59:00Z");
  const runtime = runtimeWith({ RESEND_COOLDOWN_SECONDS: "0", DAILY_LIMIT: "3" }, () => now);
  const getSms = () => runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138210" }), {});

  for (let i = 0; i < 3; i++) expect((await getSms()).statusCode).toBe(200);
  const capped = await getSms();
  expect(capped.statusCode).toBe(429);
  expect(replyBody(capped)).toMatchObject({ codeStr: "RateLimited", limit: "daily", retryAfter: 60 });

  now = new Date("2026-03-10T15:59:59Z");
  expect((await getSms()).statusCode).toBe(429);
  now = new Date("2026-03-10T16:00:00Z");
  expect((await getSms()).statusCode).toBe(200);
});

it("does not roll the daily cap over at UTC midnight", async () => {
  let now = new Date("2026-03-10T23:59:00Z");
  const runtime = runtimeWith({ RESEND_COOLDOWN_SECONDS: "0", DAILY_LIMIT: "1" }, () => now);
  const getSms = () => runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138211" }), {});
  expect((await getSms()).statusCode).toBe(200);
  now = new Date("2026-03-11T00:00:30Z");
  const capped = await getSms();
  expect(capped.statusCode).toBe(429);
  expect(replyBody(capped).limit).toBe("daily");
});

it("caps sends per client IP per hour across different phones", async () => {
  const runtime = runtimeWith({ IP_HOURLY_LIMIT: "3" });
  const ip = "192.0.2.55";
  for (let i = 0; i < 3; i++) {
    expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: `861380013822${i}` }, ip), {})).statusCode).toBe(200);
  }
  const capped = await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138229" }, ip), {});
  expect(capped.statusCode).toBe(429);
  const body = replyBody(capped);
  expect(body).toMatchObject({ codeStr: "RateLimited", limit: "ip" });
  expect(body.retryAfter).toBeGreaterThan(3500);
  expect(body.retryAfter).toBeLessThanOrEqual(3600);
  // Another address is unaffected, and the refused phone was not charged a cooldown.
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138229" }, "192.0.2.56"), {})).statusCode).toBe(
    200,
  );
});

it("counts a refused IP request against neither the phone's cooldown nor its daily cap", async () => {
  const runtime = runtimeWith({ IP_HOURLY_LIMIT: "1", DAILY_LIMIT: "1" });
  const ip = "192.0.2.77";
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138230" }, ip), {})).statusCode).toBe(200);
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138231" }, ip), {})).statusCode).toBe(429);
  expect((await runtime.handle(functionUrlGet({ method: "getSms", phone: "8613800138231" }, "192.0.2.78"), {})).statusCode).toBe(
    200,
  );
});

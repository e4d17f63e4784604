// An exception nobody anticipated (here: a store throwing a programming error) must become a
// 500 InternalError with the request id — no message, no stack in the body — and an error log line.
import { createVerificationHandler } from "../../../functions/verification/http/verification-handler";
import { VerificationService } from "../../../functions/verification/service/verification-service";
import type { CodeStore } from "../../../functions/verification/store/code-store";
import { consoleSmsSender } from "../../../functions/shared/sms/sender";
import { fraudGuardDefaults } from "../../../functions/verification/service/fraud-guard";
import { captureLog, functionUrlGet, functionUrlJson, replyBody } from "./support/verification-fixture";

const brokenStore: CodeStore = {
  issue: async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'secret-internal-detail')");
  },
  confirm: async () => undefined,
  release: async () => undefined,
  verify: async () => {
    throw new Error("ERR user_script:3: bad argument");
  },
};

const policy = {
  codeTtlSeconds: 300,
  maxAttempts: 3,
  resendCooldownSeconds: 30,
  dailyLimit: 10,
  ipHourlyLimit: 20,
  unknownAddressHourlyLimit: 5,
  loginIpHourlyWrongLimit: 10,
  loginPhoneDailyWrongLimit: 20,
  smsBudgets: { globalHourly: 1000, globalDaily: 10000, prefixHourly: 30 },
  budgetPrefixDigits: 5,
  allowedRegions: ["CN"],
  fraudGuard: fraudGuardDefaults,
  codeLength: 6,
  idempotencyTtlSeconds: 600,
  insightsRetentionHours: 0,
};

it.each([
  ["getSms", functionUrlGet({ method: "getSms", phone: "8613800138000" })],
  ["login", functionUrlJson({ method: "login", phone: "8613800138000", code: "123456" })],
])("turns an unexpected exception in %s into 500 InternalError without internals", async (_name, event) => {
  const log = captureLog();
  const sent: string[] = [];
  const service = new VerificationService({
    store: brokenStore,
    sender: consoleSmsSender((l) => sent.push(l)),
    policy,
    pepper: "p".repeat(20),
  });
  const handle = createVerificationHandler({ service, log: log.write });
  const reply = await handle(event, { request_id: "req-500" });
  expect(reply.statusCode).toBe(500);
  expect(replyBody(reply)).toEqual({ codeStr: "InternalError", msg: "unexpected error", requestId: "req-500" });
  expect(reply.body).not.toMatch(/secret-internal-detail|user_script|at /);
  expect(sent).toHaveLength(0);
  expect(log.lines).toHaveLength(1);
  expect(JSON.parse(log.lines[0])).toMatchObject({ level: "error", requestId: "req-500", status: 500, codeStr: "InternalError" });
});

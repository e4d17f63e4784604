// Shared set-up for the verification end-to-end suites: a real redis-server, the local
// signature-checking SendSms and Secrets Manager endpoints (the function reads its secrets from
// the latter exactly as in SCF), the environment the stack would wire, SCF event builders for
// both ingresses, and a log capture.
import { closeVerificationRuntime } from "../../../../functions/verification";
import { emptyKeySet, generateSigningKey, type KeySetDocument } from "../../../../functions/verification/tokens/key-set";
import { startSmsEndpoint, type SmsEndpoint } from "../../../support/sms-endpoint";
import { startSsmEndpoint, type SsmEndpoint } from "../../../support/ssm-endpoint";
import { startRedisServer, type RedisServer } from "../../../support/redis-server";

export const credentials = {
  secretId: "AKIDtestverification0001",
  secretKey: "test-secret-key-verification",
  sessionToken: "test-session-token",
};
export const pepper = "test-pepper-0123456789abcdef";
export const runtimeSecretName = "smsverify-test-verification";
export const signingKeysSecretName = "smsverify-test-signing-keys";

export interface Fixture {
  redis: RedisServer;
  sms: SmsEndpoint;
  ssm: SsmEndpoint;
  /** The key set stored in the SSM double at start (one current key). */
  keySet: KeySetDocument;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** JSON of the runtime secret as the stack writes it. */
export function runtimeSecretJson(values: { redisPassword?: string; codePepper?: string } = {}): string {
  return JSON.stringify({ redisPassword: values.redisPassword ?? "", codePepper: values.codePepper ?? pepper });
}

export async function startFixture(overrides: Record<string, string> = {}, redisPassword?: string): Promise<Fixture> {
  const [redis, sms, ssm] = await Promise.all([
    startRedisServer({ password: redisPassword }),
    startSmsEndpoint(credentials),
    startSsmEndpoint({ credentials: [credentials] }),
  ]);
  const keySet: KeySetDocument = { ...emptyKeySet, keys: [generateSigningKey("current", new Date())] };
  ssm.putSecret(runtimeSecretName, runtimeSecretJson({ redisPassword }));
  ssm.putSecret(signingKeysSecretName, JSON.stringify(keySet));
  const env: NodeJS.ProcessEnv = {
    REDIS_HOST: redis.host,
    REDIS_PORT: String(redis.port),
    // Generous: on a loaded 2-core machine a burst of 1,000 Lua calls can take far longer than
    // production's 1 s; suites about Redis faults pass their own short timeout.
    REDIS_CONNECT_TIMEOUT_MS: "5000",
    SECRET_NAME: runtimeSecretName,
    SIGNING_KEYS_SECRET_NAME: signingKeysSecretName,
    SSM_REGION: "ap-guangzhou",
    SSM_ENDPOINT: ssm.url,
    SSM_TIMEOUT_SECONDS: "5",
    // The suites send the tutorial's GET and form requests; browser-rule suites turn this off.
    LEGACY_REQUESTS: "true",
    TOKEN_ISSUER: "https://login.test.example",
    TOKEN_AUDIENCE: "smsverify-test-app",
    SMS_SENDER: "tencent",
    SMS_SDKAPPID: "1400000001",
    SMS_SIGN: "TestSign",
    SMS_TEMPLATE_ID: "100001",
    SMS_REGION: "ap-guangzhou",
    SMS_ENDPOINT: sms.url,
    SMS_TIMEOUT_SECONDS: "1",
    TENCENTCLOUD_SECRETID: credentials.secretId,
    TENCENTCLOUD_SECRETKEY: credentials.secretKey,
    TENCENTCLOUD_SESSIONTOKEN: credentials.sessionToken,
    // Off here: suites about other limits send many codes nobody verifies. fraud-guard.e2e turns it on.
    FRAUD_GUARD_MIN_SENDS: "0",
    FRAUD_GUARD_COUNTRY_MIN_SENDS: "0",
    ...overrides,
  };
  return {
    redis,
    sms,
    ssm,
    keySet,
    env,
    async stop() {
      await Promise.all([redis.stop(), sms.stop(), ssm.stop()]);
    },
  };
}

/**
 * For suites that go through the SCF entry point (main_handler reads process.env, as in SCF): a
 * fixture started before the suite, its environment in process.env, and after the suite the
 * entry's runtime closed, the fixture stopped and process.env as it was. Returns the fixture's getter.
 */
export function useEntryPointFixture(overrides: Record<string, string> = {}, redisPassword?: string): () => Fixture {
  let fixture: Fixture | undefined;
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    fixture = await startFixture(overrides, redisPassword);
    Object.assign(process.env, fixture.env);
  });
  afterAll(async () => {
    await closeVerificationRuntime();
    await fixture?.stop();
    process.env = savedEnv;
  });
  return () => fixture!;
}

/** The code inside the last SMS the endpoint accepted for this phone (TemplateParamSet[0]). */
export function lastCodeSentTo(sms: SmsEndpoint, e164: string): string {
  const message = [...sms.sent].reverse().find((m) => m.phoneNumbers.includes(e164));
  if (!message) throw new Error(`no SMS recorded for ${e164}`);
  return message.templateParams[0];
}

export function functionUrlGet(params: Record<string, string>, ip = "203.0.113.10") {
  const query = new URLSearchParams(params).toString();
  return {
    body: "",
    headers: { host: "1250000000-x.ap-guangzhou.tencentscf.com", "x-scf-remote-addr": ip },
    httpMethod: "GET",
    path: "/",
    queryString: Object.fromEntries(new URLSearchParams(query)),
  };
}

export function functionUrlJson(fields: Record<string, unknown>, ip = "203.0.113.10") {
  return {
    body: JSON.stringify(fields),
    headers: { "content-type": "application/json", "x-scf-remote-addr": ip },
    httpMethod: "POST",
    path: "/",
    queryString: {},
  };
}

export function apiGatewayForm(fields: Record<string, string>, ip = "198.51.100.7", base64 = false) {
  const form = new URLSearchParams(fields).toString();
  return {
    requestContext: { httpMethod: "POST", requestId: "apigw-req-1", sourceIp: ip, stage: "release", path: "/sms" },
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: base64 ? Buffer.from(form).toString("base64") : form,
    isBase64Encoded: base64,
    path: "/sms",
    queryString: {},
    httpMethod: "POST",
  };
}

export function apiGatewayGet(params: Record<string, string>, ip = "198.51.100.7") {
  return {
    requestContext: { httpMethod: "GET", requestId: "apigw-req-2", sourceIp: ip, stage: "release", path: "/sms" },
    headers: {},
    body: "",
    path: "/sms",
    queryString: params,
    httpMethod: "GET",
  };
}

export function replyBody(reply: { body: string }): Record<string, unknown> {
  return JSON.parse(reply.body) as Record<string, unknown>;
}

export function captureLog(): { lines: string[]; write: (line: string) => void } {
  const lines: string[] = [];
  return { lines, write: (line) => lines.push(line) };
}

/**
 * Captures what goes to process.stdout (main_handler's request log in SCF) so a suite can assert
 * on it instead of printing it. Calls a write's callback, so a writer that waits for its write
 * to be handed over (before replying) is not left waiting.
 */
export function captureStdout(): { lines: () => string[]; restore: () => void } {
  let text = "";
  const spy = jest.spyOn(process.stdout, "write").mockImplementation(((
    chunk: unknown,
    encodingOrDone?: unknown,
    done?: unknown,
  ) => {
    text += typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8");
    const callback = typeof encodingOrDone === "function" ? encodingOrDone : done;
    if (typeof callback === "function") process.nextTick(callback as () => void);
    return true;
  }) as typeof process.stdout.write);
  return { lines: () => text.split("\n").filter((line) => line !== ""), restore: () => spy.mockRestore() };
}

// The deployed artefacts on the runtime SCF actually runs: both function zips from a synthesized
// stack, each loaded by a process of the exact Node of the environment's SCF runtime (the
// `function.runtime` setting, Nodejs20.19 by default: Node 20.19.0, the official build from npm)
// the way SCF loads index.js, called with real event shapes against a real redis-server and the
// signature-checking SMS endpoint; the tokens the bundle signs are verified here, in the test
// process, with jose against the JWKS document the bundle itself served. Catches what the test run
// on the project's Node cannot: syntax or APIs newer than the runtime in our code or in what
// esbuild pulls in, and anything that only breaks in the minified bundle. An environment that
// selects Nodejs18.15 gets a node18 bundle, which is loaded and served under Node 18.15.0 last.
import AdmZip from "adm-zip";
import { Testing } from "../../infra/framework";
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from "jose";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadInScfRuntime, scfNodeBinary, SCF_NODE_VERSION, type LoadedFunction } from "../support/scf-node-runtime";
import type { EnvironmentSettings } from "../../infra/config/environment-settings";
import { NODE_RUNTIMES } from "../../infra/config/tencentcloud-catalog";
import { synthStack, variant } from "../infra/support/environment-fixtures";
import {
  campaignCredentials,
  recipientsRows,
  sdkAppId,
  startCampaignHarness,
  type CampaignHarness,
} from "./bulk-greeting/support/campaign-harness";
import {
  apiGatewayForm,
  apiGatewayGet,
  functionUrlJson,
  lastCodeSentTo,
  startFixture,
  type Fixture,
} from "./verification/support/verification-fixture";

type HttpReply = { statusCode: number; headers: Record<string, string>; body: string };

/** The runtime dev is configured with (its `function.runtime` setting or the default). */
const RUNTIME = variant(() => undefined).function.runtime;
const binary = scfNodeBinary(RUNTIME);
const binary18 = scfNodeBinary("Nodejs18.15");
for (const b of [binary, binary18]) {
  // Visible in every run where it happens; on linux-x64 scfNodeBinary() throws instead.
  if (b.kind === "absent") console.warn(`SKIPPED: the SCF runtime test (${b.reason})`);
}
const describeOnScfNode = binary.kind === "found" ? describe : describe.skip;
const NODE_VERSION = binary.kind === "found" ? binary.version : SCF_NODE_VERSION;

const workDir = mkdtempSync(join(tmpdir(), "scf-runtime-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Synthesizes a dev variant once and unpacks each function's zip as SCF would. */
function deployment(name: string, change: (s: EnvironmentSettings) => void) {
  let unpacked: { verification: string; bulkGreeting: string; runtimes: unknown[] } | undefined;
  return () => {
    if (unpacked) return unpacked;
    const { stack, template } = synthStack(variant(change));
    const outdir = Testing.fullSynth(stack);
    const unpack = (functionName: string) => {
      const zipFile = template.named("tencentcloud_scf_function", functionName).zip_file as string;
      const dir = join(workDir, name, functionName);
      mkdirSync(dir, { recursive: true });
      const zip = new AdmZip(join(outdir, "stacks", "dev", zipFile));
      writeFileSync(join(dir, "index.js"), zip.readFile("index.js") as Buffer);
      return join(dir, "index.js");
    };
    unpacked = {
      verification: unpack("smsverify-dev-verification"),
      bulkGreeting: unpack("smsverify-dev-bulk-greeting"),
      runtimes: template.resources("tencentcloud_scf_function").map((f) => f.runtime),
    };
    return unpacked;
  };
}
const deployed = deployment("configured", () => undefined);
const deployedOn18 = deployment("nodejs18", (s) => {
  s.function.runtime = "Nodejs18.15";
});

describeOnScfNode(`the verification function on ${RUNTIME} (Node ${NODE_VERSION})`, () => {
  let fixture: Fixture;
  let fn: LoadedFunction;
  /** The session the login below received, verified in the next tests. */
  const issued = { accessToken: "", refreshToken: "" };

  beforeAll(async () => {
    // A generous connect timeout: a loaded machine must not turn the first request into a 503.
    fixture = await startFixture({ REDIS_CONNECT_TIMEOUT_MS: "10000" });
    fn = await loadInScfRuntime(binary.kind === "found" ? binary.path : "", deployed().verification, fixture.env);
  });
  afterAll(async () => {
    await fn?.stop();
    await fixture?.stop();
  });

  it("is the zip of a function deployed on the configured runtime, loaded by that runtime's exact Node", () => {
    expect(deployed().runtimes).toEqual([RUNTIME, RUNTIME]);
    expect(fn.version).toBe(NODE_VERSION);
    expect(fn.exports).toContain("main_handler");
  });

  it("loads neither ioredis nor the SMS SDK when SCF requires index.js (cold start), only on first use", () => {
    // Both need tls (ioredis' connector, the SDK's https); the first invocation loads them.
    expect(fn.builtinsLoaded).not.toContain("NativeModule tls");
    expect(fn.builtinsLoaded).not.toContain("NativeModule https");
  });

  it("sends a code through the Function URL shape and verifies it through the API Gateway shape", async () => {
    const sent = await fn.invoke<HttpReply>(functionUrlJson({ method: "getSms", phone: "+86 138-0013-8801" }), {
      request_id: "fu-1",
    });
    expect(sent.value.statusCode).toBe(200);
    expect(JSON.parse(sent.value.body)).toMatchObject({ codeStr: "Success" });
    // Redis sockets must not hold the invocation open.
    expect(sent.context.callbackWaitsForEmptyEventLoop).toBe(false);
    expect(fixture.sms.signatureFailures).toBe(0);
    const code = lastCodeSentTo(fixture.sms, "+8613800138801");

    const wrong = code === "000000" ? "111111" : "000000";
    const refused = await fn.invoke<HttpReply>(apiGatewayForm({ method: "login", phone: "8613800138801", code: wrong }), {
      request_id: "ag-1",
    });
    expect(refused.value.statusCode).toBe(400);
    expect(JSON.parse(refused.value.body)).toMatchObject({ codeStr: "CodeIsError", attemptsLeft: 2 });

    const login = await fn.invoke<HttpReply>(apiGatewayForm({ method: "login", phone: "8613800138801", code }), {
      request_id: "ag-2",
    });
    expect(login.value.statusCode).toBe(200);
    const session = JSON.parse(login.value.body);
    expect(session).toMatchObject({ codeStr: "Success", tokenType: "Bearer", expiresIn: 900 });
    issued.accessToken = session.accessToken;
    issued.refreshToken = session.refreshToken;

    const again = await fn.invoke<HttpReply>(functionUrlJson({ method: "login", phone: "8613800138801", code }), {
      request_id: "fu-2",
    });
    expect(JSON.parse(again.value.body)).toMatchObject({ codeStr: "CodeHasExpired" });

    // SCF may freeze the container once the promise resolves: each line is out by then.
    for (const [invocation, id] of [
      [sent, "fu-1"],
      [refused, "ag-1"],
      [login, "ag-2"],
      [again, "fu-2"],
    ] as const) {
      expect(invocation.stdoutAtReply).toMatch(new RegExp(`^\\{.*"requestId":"${id}".*\\}\\n$`));
    }
  });

  it("serves the API Gateway GET shape and refuses bad input with stable codes", async () => {
    const sent = await fn.invoke<HttpReply>(apiGatewayGet({ method: "getSms", phone: "8613800138802" }), { request_id: "ag-3" });
    expect(JSON.parse(sent.value.body)).toMatchObject({ codeStr: "Success" });
    const invalid = await fn.invoke<HttpReply>(functionUrlJson({ method: "getSms", phone: "12345" }), { request_id: "fu-3" });
    expect(invalid.value.statusCode).toBe(400);
    expect(JSON.parse(invalid.value.body)).toMatchObject({ codeStr: "InvalidPhone" });
  });

  it("signs an ES256 access token that verifies against the JWKS it serves on both ingresses", async () => {
    const viaUrl = await fn.invoke<HttpReply>(
      {
        httpMethod: "GET",
        path: "/.well-known/jwks.json",
        headers: { "x-scf-remote-addr": "203.0.113.10" },
        queryString: {},
        body: "",
      },
      { request_id: "fu-jwks" },
    );
    expect(viaUrl.value.statusCode).toBe(200);
    const jwks = JSON.parse(viaUrl.value.body) as JSONWebKeySet;
    expect(jwks.keys.map((key) => key.kid)).toEqual([fixture.keySet.keys[0].kid]);
    // Public keys only: no private scalar leaves the function.
    for (const key of jwks.keys) expect(key).not.toHaveProperty("d");
    const viaGateway = await fn.invoke<HttpReply>(
      { ...apiGatewayGet({}), path: "/sms/.well-known/jwks.json" },
      { request_id: "ag-jwks" },
    );
    expect(JSON.parse(viaGateway.value.body)).toEqual(jwks);

    const { payload, protectedHeader } = await jwtVerify(issued.accessToken, createLocalJWKSet(jwks), {
      issuer: fixture.env.TOKEN_ISSUER,
      audience: fixture.env.TOKEN_AUDIENCE,
      algorithms: ["ES256"],
    });
    expect(protectedHeader).toMatchObject({ alg: "ES256", typ: "JWT", kid: jwks.keys[0].kid });
    expect(payload).toMatchObject({ sub: "+8613800138801", phone_number_verified: true, amr: ["sms"] });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(900);
  });

  it("rotates the refresh token into a new verifiable session and revokes the family on reuse", async () => {
    const jwks = JSON.parse(
      (await fn.invoke<HttpReply>(functionUrlJson({ method: "jwks" }), { request_id: "fu-jwks-2" })).value.body,
    ) as JSONWebKeySet;
    const refreshed = await fn.invoke<HttpReply>(functionUrlJson({ method: "refresh", refreshToken: issued.refreshToken }), {
      request_id: "fu-refresh",
    });
    expect(refreshed.value.statusCode).toBe(200);
    const next = JSON.parse(refreshed.value.body);
    expect(next.refreshToken).not.toBe(issued.refreshToken);
    const { payload } = await jwtVerify(next.accessToken, createLocalJWKSet(jwks), {
      issuer: fixture.env.TOKEN_ISSUER,
      audience: fixture.env.TOKEN_AUDIENCE,
    });
    expect(payload.sub).toBe("+8613800138801");

    const replayed = await fn.invoke<HttpReply>(functionUrlJson({ method: "refresh", refreshToken: issued.refreshToken }), {
      request_id: "fu-replay",
    });
    expect(replayed.value.statusCode).toBe(401);
    expect(JSON.parse(replayed.value.body)).toMatchObject({ codeStr: "RefreshTokenReused" });
    const afterReuse = await fn.invoke<HttpReply>(functionUrlJson({ method: "refresh", refreshToken: next.refreshToken }), {
      request_id: "fu-after-reuse",
    });
    expect(afterReuse.value.statusCode).toBe(401);
  });

  it("logs one JSON line per request on stdout, masked, without codes or tokens", async () => {
    const requestLines = fn.stdout.filter((line) => line.includes('"verification request"')).map((line) => JSON.parse(line));
    expect(requestLines.map((l) => l.requestId)).toEqual([
      "fu-1",
      "ag-1",
      "ag-2",
      "fu-2",
      "ag-3",
      "fu-3",
      "fu-jwks",
      "ag-jwks",
      "fu-jwks-2",
      "fu-refresh",
      "fu-replay",
      "fu-after-reuse",
    ]);
    expect(requestLines[0]).toMatchObject({
      ingress: "functionUrl",
      method: "getSms",
      phone: "8613******801",
      status: 200,
      codeStr: "Success",
    });
    expect(requestLines[2]).toMatchObject({ ingress: "apiGateway", method: "login", status: 200 });
    const codes = fixture.sms.sent.map((m) => m.templateParams[0]);
    for (const line of fn.stdout) for (const code of codes) expect(line).not.toContain(code);
    for (const line of fn.stdout) {
      expect(line).not.toContain(issued.refreshToken);
      expect(line).not.toContain(issued.accessToken.split(".")[2]);
    }
  });
  it("pulls and files the delivery receipts of its SMS on a timer event (the receipts timer's tick)", async () => {
    const sent = fixture.sms.sent.flatMap((m) => m.phoneNumbers).length;
    expect(sent).toBeGreaterThan(0);
    const tick = await fn.invoke<{ ok: boolean; code: string; pulled: number; filed: number }>(
      { Type: "Timer", TriggerName: "smsverify-dev-receipts", Time: new Date().toISOString(), Message: "" },
      { request_id: "timer-1" },
    );
    expect(tick.value).toEqual({ ok: true, code: "Success", pulled: sent, filed: sent });
    const line = fn.stdout.find((l) => l.includes('"delivery receipts"'));
    expect(JSON.parse(line!)).toMatchObject({ requestId: "timer-1", detail: `Success: pulled ${sent}, filed ${sent}` });
  });
});

describeOnScfNode(`the bulk-greeting function on ${RUNTIME} (Node ${NODE_VERSION})`, () => {
  let harness: CampaignHarness;
  let fn: LoadedFunction;

  beforeAll(async () => {
    harness = await startCampaignHarness();
    fn = await loadInScfRuntime(binary.kind === "found" ? binary.path : "", deployed().bulkGreeting, {
      REDIS_HOST: harness.server.host,
      REDIS_PORT: String(harness.server.port),
      SMS_SDKAPPID: sdkAppId,
      SMS_ENDPOINT: harness.endpoint.url,
      SMS_TIMEOUT_SECONDS: "2",
      CAMPAIGN_STORAGE: "local",
      CAMPAIGN_STORAGE_DIR: join(harness.root, "bucket"),
      CAMPAIGN_WORK_DIR: join(harness.root, "work"),
      SEND_RATE_PER_SECOND: "1000",
      TENCENTCLOUD_SECRETID: campaignCredentials.secretId,
      TENCENTCLOUD_SECRETKEY: campaignCredentials.secretKey,
    });
  });
  afterAll(async () => {
    await fn?.stop();
    await harness?.stop();
  });

  it("sends a due campaign on a timer event and files its receipts on the next one", async () => {
    await harness.createCampaign("runtime-tick", recipientsRows(250));
    const timer = { Type: "Timer", TriggerName: "bulk-greeting-every-minute", Time: new Date().toISOString(), Message: "" };
    const first = await fn.invoke<{ ok: boolean; code: string; result: { runs: unknown[] } }>(timer, { request_id: "tick-1" });
    expect(first.value).toMatchObject({ ok: true, code: "Success" });
    expect(first.value.result.runs).toEqual([expect.objectContaining({ id: "runtime-tick", stop: "finished", batchesSent: 2 })]);
    expect(harness.endpoint.sent.map((s) => s.phoneNumbers.length)).toEqual([200, 50]);
    expect(harness.endpoint.signatureFailures).toBe(0);
    expect((await harness.results("runtime-tick")).every((r) => r.code === "Ok")).toBe(true);

    const second = await fn.invoke<{ ok: boolean; result: { receipts: unknown; runs: unknown[] } }>(timer, {
      request_id: "tick-2",
    });
    expect(second.value.result).toMatchObject({ receipts: { pulled: 250, filed: 250 }, runs: [] });
    // Logs name campaigns and counts, never numbers or keys.
    expect(fn.stdout.join("\n")).not.toMatch(/1390000|campaign-test-secret/);
  });

  it("refuses an event that is not a timer", async () => {
    const reply = await fn.invoke(apiGatewayGet({ method: "getSms", phone: "8613800138000" }));
    expect(reply.value).toMatchObject({ ok: false, code: "UnsupportedEvent" });
  });
});

describe("an environment that selects Nodejs18.15", () => {
  let fixture: Fixture;
  let fn: LoadedFunction;

  beforeAll(async () => {
    if (binary18.kind !== "found") return;
    fixture = await startFixture({ REDIS_CONNECT_TIMEOUT_MS: "10000" });
    fn = await loadInScfRuntime(binary18.path, deployedOn18().verification, fixture.env);
  });
  afterAll(async () => {
    await fn?.stop();
    await fixture?.stop();
  });

  it("deploys both functions on Nodejs18.15, bundled for esbuild's node18 target instead of the default's", () => {
    expect(deployedOn18().runtimes).toEqual(["Nodejs18.15", "Nodejs18.15"]);
    expect(variant((s) => (s.function.runtime = "Nodejs18.15")).function.bundleTarget).toBe("node18");
    expect(variant(() => undefined).function.bundleTarget).toBe(NODE_RUNTIMES[RUNTIME]);
  });

  (binary18.kind === "found" ? it : it.skip)("runs under Node 18.15.0: sends a code and signs in with it", async () => {
    expect(fn.version).toBe("v18.15.0");
    const sent = await fn.invoke<HttpReply>(functionUrlJson({ method: "getSms", phone: "+86 138-0013-8803" }), {
      request_id: "n18-1",
    });
    expect(JSON.parse(sent.value.body)).toMatchObject({ codeStr: "Success" });
    const code = lastCodeSentTo(fixture.sms, "+8613800138803");
    const login = await fn.invoke<HttpReply>(apiGatewayForm({ method: "login", phone: "8613800138803", code }), {
      request_id: "n18-2",
    });
    expect(login.value.statusCode).toBe(200);
    expect(JSON.parse(login.value.body)).toMatchObject({ codeStr: "Success", tokenType: "Bearer" });
  });
});

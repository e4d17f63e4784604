// Any event shape ends in a reply and one log line (issue 10, finding 11), and the request
// contract's edges (finding 12): a JSON body with a BOM is accepted; the client address comes only
// from the platform's field for each ingress, canonicalised (finding 5).
import { main_handler, closeVerificationRuntime } from "../../../functions/verification/index";
import { createVerificationRuntime, type VerificationRuntime } from "../../../functions/verification/runtime";
import Redis from "ioredis";
import {
  captureLog,
  captureStdout,
  functionUrlGet,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

let fixture: Fixture;
let runtime: VerificationRuntime;
const log = captureLog();

beforeAll(async () => {
  // A generous Redis timeout: this suite is about limits, not timeouts, and a loaded 2-core
  // machine can take longer than the fixture's 400 ms (each would then be a 503).
  fixture = await startFixture({ IP_HOURLY_LIMIT: "100000", REDIS_CONNECT_TIMEOUT_MS: "5000" });
  runtime = createVerificationRuntime(fixture.env, { log: log.write });
});

afterAll(async () => {
  await runtime.close();
  await closeVerificationRuntime();
  await fixture.stop();
});

beforeEach(() => {
  log.lines.length = 0;
});

async function flushRedis(): Promise<void> {
  const admin = new Redis({ host: fixture.redis.host, port: fixture.redis.port });
  try {
    await admin.flushall();
  } finally {
    admin.disconnect();
  }
}

// Values a JSON event can hold that break String(): an object whose toString is not a function.
const unprintable = { toString: 1, valueOf: 1 };
const base = {
  path: "/",
  headers: { "x-scf-remote-addr": "203.0.113.30" },
  queryString: { method: "getSms", phone: "8613800138000" },
  body: "",
};

const hostile: [string, unknown][] = [
  ["httpMethod is an object", { ...base, httpMethod: unprintable }],
  ["httpMethod is an array", { ...base, httpMethod: ["GET"] }],
  ["requestContext.httpMethod is an object", { ...base, requestContext: { httpMethod: unprintable, sourceIp: "1.2.3.4" } }],
  ["sourceIp is an object", { ...base, httpMethod: "GET", requestContext: { httpMethod: "GET", sourceIp: unprintable } }],
  ["sourceIp is a number", { ...base, httpMethod: "GET", requestContext: { httpMethod: "GET", sourceIp: 42 } }],
  [
    "requestId is an object",
    { ...base, httpMethod: "GET", requestContext: { httpMethod: "GET", sourceIp: "1.2.3.4", requestId: unprintable } },
  ],
  ["headers is an array", { ...base, httpMethod: "GET", headers: [["x-scf-remote-addr", "1.2.3.4"]] }],
  ["headers is a string", { ...base, httpMethod: "GET", headers: "x-scf-remote-addr: 1.2.3.4" }],
  [
    "a header value is an object",
    { ...base, httpMethod: "GET", headers: { "x-scf-remote-addr": unprintable, "content-type": unprintable } },
  ],
  ["queryString is an array", { ...base, httpMethod: "GET", queryString: ["method=getSms"] }],
  ["queryString is a number", { ...base, httpMethod: "GET", queryString: 7 }],
  ["a query value is an object", { ...base, httpMethod: "GET", queryString: { method: unprintable, phone: unprintable } }],
  [
    "a query value is an array of objects",
    { ...base, httpMethod: "GET", queryString: { method: [unprintable], phone: "8613800138000" } },
  ],
  ["body is an object", { ...base, httpMethod: "POST", body: unprintable }],
  ["isBase64Encoded is an object", { ...base, httpMethod: "POST", isBase64Encoded: unprintable, body: "bWV0aG9k" }],
  ["the event is an array", [base]],
];

describe("any event shape ends in a reply and one log line", () => {
  it.each(hostile)("%s", async (_name, event) => {
    const reply = await runtime.handle(event, { request_id: "shape" });
    expect(reply.statusCode).toBeLessThan(500);
    expect(typeof replyBody(reply).codeStr).toBe("string");
    expect(log.lines).toHaveLength(1);
    expect(JSON.parse(log.lines[0])).toMatchObject({ requestId: "shape", status: reply.statusCode });
  });

  it("main_handler answers a hostile event with an object context too", async () => {
    const previous = { ...process.env };
    Object.assign(process.env, fixture.env);
    // main_handler logs to stdout and waits for the write to be handed over before it replies.
    const stdout = captureStdout();
    try {
      const reply = await main_handler({ ...base, httpMethod: unprintable }, { request_id: unprintable } as never);
      expect(reply.statusCode).toBe(400);
      expect(stdout.lines()).toHaveLength(1);
      expect(JSON.parse(stdout.lines()[0]!)).toMatchObject({ status: 400, codeStr: "InValidParam" });
    } finally {
      stdout.restore();
      for (const key of Object.keys(fixture.env)) if (!(key in previous)) delete process.env[key];
    }
  });
});

describe("request contract edges", () => {
  it("accepts a JSON body that starts with a UTF-8 BOM", async () => {
    const body = "\uFEFF" + JSON.stringify({ method: "getSms", phone: "8613800138400" });
    const reply = await runtime.handle(
      {
        httpMethod: "POST",
        path: "/",
        headers: { "content-type": "application/json", "x-scf-remote-addr": "203.0.113.31" },
        queryString: {},
        body,
      },
      {},
    );
    expect(replyBody(reply).codeStr).toBe("Success");
    const untyped = await runtime.handle(
      {
        httpMethod: "POST",
        path: "/",
        headers: { "x-scf-remote-addr": "203.0.113.31" },
        queryString: {},
        body:
          "\uFEFF" +
          JSON.stringify({ method: "login", phone: "8613800138400", code: lastCodeSentTo(fixture.sms, "+8613800138400") }),
      },
      {},
    );
    expect(replyBody(untyped).codeStr).toBe("Success");
  });
});

describe("client address (finding 5)", () => {
  const addressRuntime = () =>
    createVerificationRuntime({ ...fixture.env, IP_HOURLY_LIMIT: "1", UNKNOWN_ADDRESS_HOURLY_LIMIT: "1" }, { log: log.write });
  let phoneSeq = 0;
  const phone = () => `86138001385${String(phoneSeq++).padStart(2, "0")}`;

  it("ignores a client-set x-scf-remote-addr on API Gateway and puts a missing sourceIp in one shared strict bucket", async () => {
    await flushRedis();
    const strict = addressRuntime();
    try {
      const apigw = (headerIp: string) => ({
        requestContext: { httpMethod: "GET", requestId: "r", stage: "release" },
        httpMethod: "GET",
        headers: { "x-scf-remote-addr": headerIp },
        queryString: { method: "getSms", phone: phone() },
        body: "",
      });
      expect((await strict.handle(apigw("192.0.2.1"), {})).statusCode).toBe(200);
      // A different header value is not a different client: same unknown bucket, limit 1.
      const second = await strict.handle(apigw("192.0.2.2"), {});
      expect(replyBody(second)).toMatchObject({ codeStr: "RateLimited", limit: "ip" });
      expect(JSON.parse(log.lines[log.lines.length - 1])).toMatchObject({ clientIp: "unknown" });
    } finally {
      await strict.close();
    }
  });

  it.each([
    ["the client's copy after the platform's", { "x-scf-remote-addr": "203.0.113.30", "X-Scf-Remote-Addr": "198.51.100.99" }],
    ["the client's copy before the platform's", { "X-SCF-REMOTE-ADDR": "198.51.100.99", "x-scf-remote-addr": "203.0.113.30" }],
    ["only a copy in other case (not the platform's spelling)", { "X-Scf-Remote-Addr": "198.51.100.99" }],
  ])(
    "takes no address from a Function URL event with %s: the strict unknown bucket (issue 20, item 10)",
    async (_name, headers) => {
      await runtime.handle(
        { httpMethod: "GET", path: "/", headers, queryString: { method: "getSms", phone: phone() }, body: "" },
        {},
      );
      expect(JSON.parse(log.lines[log.lines.length - 1])).toMatchObject({ clientIp: "unknown" });
    },
  );

  it.each([
    ["IPv4-mapped IPv6", "::ffff:198.51.100.20"],
    ["leading zeros", "198.051.100.020"],
    ["stray spaces", "  198.51.100.20 "],
    ["a port", "198.51.100.20:61234"],
    ["upper-case mapped form with brackets and port", "[::FFFF:198.51.100.20]:443"],
  ])("counts %s as the same address", async (_name, variant) => {
    const strict = addressRuntime();
    try {
      expect((await strict.handle(functionUrlGet({ method: "getSms", phone: phone() }, "198.51.100.20"), {})).statusCode).toBe(
        200,
      );
      const again = await strict.handle(functionUrlGet({ method: "getSms", phone: phone() }, variant), {});
      expect(replyBody(again)).toMatchObject({ codeStr: "RateLimited", limit: "ip" });
    } finally {
      await flushRedis();
      await strict.close();
    }
  });

  it("counts IPv6 clients per /64 and keeps other /64s apart", async () => {
    const strict = addressRuntime();
    try {
      expect(
        (await strict.handle(functionUrlGet({ method: "getSms", phone: phone() }, "2001:db8:aa:bb::1"), {})).statusCode,
      ).toBe(200);
      const sameSlash64 = await strict.handle(
        functionUrlGet({ method: "getSms", phone: phone() }, "2001:0db8:00aa:00bb:ffff:1:2:3"),
        {},
      );
      expect(replyBody(sameSlash64)).toMatchObject({ codeStr: "RateLimited", limit: "ip" });
      expect(JSON.parse(log.lines[log.lines.length - 1])).toMatchObject({ clientIp: "2001:db8:aa:bb::/64" });
      expect(
        (await strict.handle(functionUrlGet({ method: "getSms", phone: phone() }, "2001:db8:aa:bc::1"), {})).statusCode,
      ).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it("puts a Function URL request without a usable address into the shared strict bucket", async () => {
    const strict = addressRuntime();
    try {
      const event = (headers: Record<string, string>) => ({
        httpMethod: "GET",
        path: "/",
        headers,
        queryString: { method: "getSms", phone: phone() },
        body: "",
      });
      expect((await strict.handle(event({}), {})).statusCode).toBe(200);
      expect(replyBody(await strict.handle(event({ "x-scf-remote-addr": "not-an-address" }), {}))).toMatchObject({ limit: "ip" });
      expect(replyBody(await strict.handle(event({ "x-scf-remote-addr": "" }), {}))).toMatchObject({ limit: "ip" });
    } finally {
      await flushRedis();
      await strict.close();
    }
  });
});

// The COS endpoint double must refuse what COS refuses, or the CosStorage tests prove nothing:
// raw requests signed with the SDK's own signer, then tampered with one thing at a time.
import COS from "cos-nodejs-sdk-v5";
import * as http from "node:http";
import { startCosEndpoint, type CosEndpoint } from "../../support/cos-endpoint";

const key = { secretId: "AKIDcosDoubleCheck01", secretKey: "cos-double-secret", sessionToken: "double-token" };
let endpoint: CosEndpoint;
let host: string;

beforeAll(async () => {
  endpoint = await startCosEndpoint({ bucket: "double-1250000000", ...key });
  host = endpoint.url.replace("http://", "");
});
afterAll(() => endpoint.stop());
beforeEach(() => endpoint.reset());

interface RawRequest {
  method: COS.Method;
  path: string;
  query?: Record<string, string>;
  /** Sent query string, when it should differ from the signed one. */
  sentQuery?: string;
  body?: string;
  secretKey?: string;
  token?: string | null;
  expires?: number;
  signedPath?: string;
  signedMethod?: COS.Method;
}

function send(r: RawRequest): Promise<{ status: number; body: string }> {
  const body = r.body ?? "";
  const headers: Record<string, string> = { Host: host, "Content-Length": String(Buffer.byteLength(body)) };
  const authorization = COS.getAuthorization({
    SecretId: key.secretId,
    SecretKey: r.secretKey ?? key.secretKey,
    Method: r.signedMethod ?? r.method,
    Pathname: r.signedPath ?? r.path,
    Query: r.query ?? {},
    Headers: headers,
    Expires: r.expires ?? 600,
  });
  const token = r.token === undefined ? key.sessionToken : r.token;
  const query = r.sentQuery ?? new URLSearchParams(r.query ?? {}).toString();
  const target = encodeURI(r.path) + (query ? `?${query}` : "");
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${endpoint.url}${target}`,
      {
        method: r.method,
        headers: { ...headers, Authorization: authorization, ...(token ? { "x-cos-security-token": token } : {}) },
      },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

it("accepts a correctly signed request with its session token", async () => {
  expect((await send({ method: "PUT", path: "/pending/a", body: "x" })).status).toBe(200);
  expect(endpoint.objects.get("pending/a")?.body.toString()).toBe("x");
  expect(endpoint.signatureFailures).toBe(0);
});

it.each<[string, RawRequest, string]>([
  [
    "a different object key than the one signed",
    { method: "PUT", path: "/pending/b", signedPath: "/pending/a", body: "x" },
    "SignatureDoesNotMatch",
  ],
  [
    "a different method than the one signed",
    { method: "DELETE", path: "/pending/a", signedMethod: "GET" },
    "SignatureDoesNotMatch",
  ],
  [
    "a query parameter that was not signed",
    { method: "GET", path: "/", query: { prefix: "a" }, sentQuery: "prefix=a&marker=z" },
    "SignatureDoesNotMatch",
  ],
  [
    "a query value changed after signing",
    { method: "GET", path: "/", query: { prefix: "a" }, sentQuery: "prefix=b" },
    "SignatureDoesNotMatch",
  ],
  ["the wrong secret key", { method: "GET", path: "/pending/a", secretKey: "guess" }, "SignatureDoesNotMatch"],
  ["an expired signature", { method: "GET", path: "/pending/a", expires: -120 }, "AccessDenied"],
  ["no session token although one is required", { method: "GET", path: "/pending/a", token: null }, "InvalidAccessKeyId"],
  ["a stale session token", { method: "GET", path: "/pending/a", token: "old-token" }, "InvalidAccessKeyId"],
])("refuses %s and counts it as a signature failure", async (_what, request, code) => {
  const answer = await send(request);
  expect(answer.status).toBe(403);
  expect(answer.body).toContain(`<Code>${code}</Code>`);
  expect(endpoint.signatureFailures).toBe(1);
  expect(endpoint.objects.size).toBe(0);
});

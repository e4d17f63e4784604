// A local stand-in for Tencent Captcha's ticket check (DescribeCaptchaResult, API 2019-07-22) for
// tests and local runs: a real HTTP server on 127.0.0.1 that the real CommonClient talks to (set
// CAPTCHA_ENDPOINT to `url`). It checks the TC3-HMAC-SHA256 signature (service "captcha") with the
// shared verifier, the session token and the request fields, and answers from tickets the test
// issued: a ticket passes once with its randstr, the app id and key; a second use is code 9, a
// wrong randstr 7, an expired ticket 8, a wrong app id 16, a wrong key 100, an unknown ticket 15,
// a ticket marked risky 21. It can also be told to misbehave (HTTP 5xx, no answer).
import { randomUUID } from "node:crypto";
import * as http from "node:http";
import { listenOnLoopback, type LoopbackListener } from "./loopback-server";
import { header, verifyTc3Signature } from "./sms-endpoint/tc3-signature";

export interface CaptchaEndpointOptions {
  secretId: string;
  secretKey: string;
  sessionToken?: string;
  appId: number;
  appSecretKey: string;
}

export type CaptchaBehaviour =
  { kind: "ok" } | { kind: "httpError"; status: number } | { kind: "timeout" } | { kind: "apiError"; code: string };

export interface RecordedCheck {
  ticket: string;
  userIp: string;
  captchaCode: number;
}

export interface CaptchaEndpoint {
  url: string;
  /** A ticket as the widget hands it to the page after a solved challenge. */
  issueTicket(opts?: { expired?: boolean; risky?: boolean }): { ticket: string; randstr: string };
  /** Answered checks (signature-checked requests only). */
  checks: RecordedCheck[];
  signatureFailures: number;
  requests: number;
  setBehaviour(b: CaptchaBehaviour, opts?: { times?: number }): void;
  stop(): Promise<void>;
}

const apiVersion = "2019-07-22";

export async function startCaptchaEndpoint(opts: CaptchaEndpointOptions): Promise<CaptchaEndpoint> {
  const tickets = new Map<string, { randstr: string; used: boolean; expired: boolean; risky: boolean }>();
  let behaviour: CaptchaBehaviour = { kind: "ok" };
  let remaining: number | undefined;
  let listener: LoopbackListener | undefined;
  let sequence = 0;

  const endpoint: CaptchaEndpoint = {
    url: "",
    checks: [],
    signatureFailures: 0,
    requests: 0,
    issueTicket(options = {}) {
      sequence += 1;
      const ticket = `t03${randomUUID().replace(/-/g, "")}${sequence}`;
      const randstr = `@${randomUUID().slice(0, 8)}`;
      tickets.set(ticket, { randstr, used: false, expired: options.expired ?? false, risky: options.risky ?? false });
      return { ticket, randstr };
    },
    setBehaviour(b, options) {
      behaviour = b;
      remaining = options?.times;
    },
    stop() {
      return listener?.close() ?? Promise.resolve();
    },
  };

  function take(): CaptchaBehaviour {
    const current = behaviour;
    if (remaining !== undefined && --remaining <= 0) {
      behaviour = { kind: "ok" };
      remaining = undefined;
    }
    return current;
  }

  function captchaCodeFor(fields: Record<string, unknown>): number {
    if (fields.CaptchaAppId !== opts.appId) return 16;
    if (fields.AppSecretKey !== opts.appSecretKey) return 100;
    const entry = tickets.get(String(fields.Ticket));
    if (!entry) return 15;
    if (entry.used) return 9;
    if (entry.expired) return 8;
    if (entry.randstr !== fields.Randstr) return 7;
    entry.used = true;
    return entry.risky ? 21 : 1;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
    endpoint.requests += 1;
    const injected = take();
    if (injected.kind === "timeout") return;
    if (injected.kind === "httpError") {
      res.writeHead(injected.status, { "Content-Type": "text/plain" }).end("error");
      return;
    }
    const requestId = randomUUID();
    const refuse = (code: string, message: string) =>
      answer(res, { Error: { Code: code, Message: message }, RequestId: requestId });
    const signature = verifyTc3Signature(
      { method: req.method ?? "", url: req.url ?? "/", headers: req.headers, body },
      { secretId: opts.secretId, secretKey: opts.secretKey, service: "captcha", maxSkewSeconds: 300, now: new Date() },
    );
    if (!signature.ok) {
      endpoint.signatureFailures += 1;
      return refuse(signature.code, signature.message);
    }
    if ((opts.sessionToken ?? "") !== (header(req.headers, "x-tc-token") ?? "")) {
      endpoint.signatureFailures += 1;
      return refuse("AuthFailure.TokenFailure", "The session token is missing, invalid or unexpected.");
    }
    if (header(req.headers, "x-tc-version") !== apiVersion) return refuse("NoSuchVersion", `Version is not ${apiVersion}.`);
    if (header(req.headers, "x-tc-action") !== "DescribeCaptchaResult")
      return refuse("InvalidAction", "Only DescribeCaptchaResult is served here.");
    let fields: Record<string, unknown>;
    try {
      fields = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
    } catch {
      return refuse("InvalidParameter", "The request body is not valid JSON.");
    }
    if (injected.kind === "apiError") return refuse(injected.code, `Injected API error ${injected.code}.`);
    for (const [name, type] of [
      ["CaptchaType", "number"],
      ["Ticket", "string"],
      ["UserIp", "string"],
      ["Randstr", "string"],
      ["CaptchaAppId", "number"],
      ["AppSecretKey", "string"],
    ] as const) {
      if (typeof fields[name] !== type)
        return refuse("MissingParameter", `The request is missing a required parameter \`${name}\`.`);
    }
    if (fields.CaptchaType !== 9) return refuse("InvalidParameterValue", "CaptchaType must be 9.");
    const captchaCode = captchaCodeFor(fields);
    endpoint.checks.push({ ticket: String(fields.Ticket), userIp: String(fields.UserIp), captchaCode });
    answer(res, {
      CaptchaCode: captchaCode,
      CaptchaMsg: captchaCode === 1 ? "OK" : "refused",
      EvilLevel: captchaCode === 21 ? 100 : 0,
      GetCaptchaTime: 0,
      RequestId: requestId,
    });
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      handle(req, res, Buffer.concat(chunks)).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  });
  listener = await listenOnLoopback(server);
  endpoint.url = listener.url;
  return endpoint;
}

function answer(res: http.ServerResponse, response: Record<string, unknown>): void {
  const body = JSON.stringify({ Response: response });
  res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }).end(body);
}

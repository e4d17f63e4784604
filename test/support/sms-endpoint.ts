// A local stand-in for the Tencent Cloud SMS API (2021-01-11) for tests, local runs and benchmarks:
// a real HTTP server on 127.0.0.1 that the real SDK talks to (set SMS_ENDPOINT to `url`). It checks
// the TC3-HMAC-SHA256 signature, session token, common headers and the SendSms / PullSmsSendStatus
// fields the way the provider would, answers in the provider's JSON shape, records what it accepted,
// and can be told to misbehave (HTTP 5xx, no answer, per-number or API error codes). It also
// reports signature and template review state (DescribeSmsSignList / DescribeSmsTemplateList)
// from what a test seeds with setSigns / setTemplates.
import { randomInt, randomUUID } from "node:crypto";
import * as http from "node:http";
import { createBodyCappedServer, listenOnLoopback, type LoopbackListener } from "./loopback-server";
import { ContentReview, type ReviewedSign, type ReviewedTemplate } from "./sms-endpoint/content-review";
import { DeliveryReports } from "./sms-endpoint/delivery-reports";
import { checkPull, checkSendSms, type SendSmsFields } from "./sms-endpoint/sms-requests";
import { header, verifyTc3Signature } from "./sms-endpoint/tc3-signature";

export interface RecordedSms {
  action: "SendSms";
  sdkAppId: string;
  signName: string;
  templateId: string;
  /** Numbers the provider accepted in this call (failed numbers are left out). */
  phoneNumbers: string[];
  templateParams: string[];
  sessionToken?: string;
  /** SerialNo per accepted number, same order as phoneNumbers. */
  serialNos: string[];
  at: Date;
}

/**
 * `afterSending`: the provider accepts and records the message first and only then fails on the
 * wire (no answer, HTTP error, connection reset) — the "unknown outcome" a client cannot tell
 * from a failure before sending.
 */
export type EndpointBehaviour =
  | { kind: "ok" }
  | { kind: "httpError"; status: number; afterSending?: boolean }
  | { kind: "timeout"; afterSending?: boolean }
  | { kind: "reset"; afterSending?: boolean }
  | { kind: "perNumberError"; code: string; message?: string; phoneNumbers?: string[] }
  | { kind: "apiError"; code: string; message?: string };

/** A request the endpoint refused, for test diagnostics. */
export interface RefusedRequest {
  action: string;
  code: string;
  message: string;
}

export interface SmsEndpoint {
  /** "http://127.0.0.1:<port>" — what SMS_ENDPOINT is set to. */
  url: string;
  /** Accepted SendSms calls (successful numbers only). */
  sent: RecordedSms[];
  /** Requests whose TC3 signature, SecretId, timestamp or session token did not check out. */
  signatureFailures: number;
  /** Every refused request (signature, header and field checks, not injected behaviours). */
  refused: RefusedRequest[];
  /** Requests received, whatever happened to them. */
  requests: number;
  /**
   * Behaviour for the next SendSms requests (counted on arrival, before any check);
   * with `times`, for the next N of them, then back to ok. PullSmsSendStatus is always served.
   */
  setBehaviour(b: EndpointBehaviour, opts?: { times?: number }): void;
  /** Delay before every answer. */
  setDelay(ms: number): void;
  /** Signatures DescribeSmsSignList reports (replaces the previous set). */
  setSigns(signs: ReviewedSign[]): void;
  /** Templates DescribeSmsTemplateList reports (replaces the previous set). */
  setTemplates(templates: ReviewedTemplate[]): void;
  /** Make the delivery receipt of this SerialNo report FAIL. */
  markDeliveryFailed(serialNo: string, description?: string): void;
  reset(): void;
  stop(): Promise<void>;
}

export interface SmsEndpointOptions {
  secretId: string;
  secretKey: string;
  /** When set, every request must carry it as X-TC-Token; when unset, none may. */
  sessionToken?: string;
}

const apiVersion = "2021-01-11";
const supportedRegions = new Set(["ap-guangzhou", "ap-beijing", "ap-nanjing"]);
const maxSkewSeconds = 300;
const maxBodyBytes = 1024 * 1024;

export async function startSmsEndpoint(opts: SmsEndpointOptions): Promise<SmsEndpoint> {
  let behaviour: EndpointBehaviour = { kind: "ok" };
  let behaviourRemaining: number | undefined;
  let delayMs = 0;
  let serialCounter = 0;
  const serialPrefix = `${2000 + randomInt(1000)}:${randomInt(1e9, 1e10 - 1)}`;
  const reports = new DeliveryReports();
  const review = new ContentReview();
  let listener: LoopbackListener | undefined;

  const endpoint: SmsEndpoint = {
    url: "",
    sent: [],
    signatureFailures: 0,
    refused: [],
    requests: 0,
    setBehaviour(b, options) {
      behaviour = b;
      behaviourRemaining = options?.times;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    setSigns(signs) {
      review.signs = [...signs];
    },
    setTemplates(templates) {
      review.templates = [...templates];
    },
    markDeliveryFailed(serialNo, description = "UNDELIV") {
      reports.markFailed(serialNo, description);
    },
    reset() {
      behaviour = { kind: "ok" };
      behaviourRemaining = undefined;
      delayMs = 0;
      endpoint.sent.length = 0;
      endpoint.refused.length = 0;
      endpoint.signatureFailures = 0;
      endpoint.requests = 0;
      reports.clear();
      review.clear();
    },
    stop() {
      return listener?.close() ?? Promise.resolve();
    },
  };

  function takeBehaviour(): EndpointBehaviour {
    const current = behaviour;
    if (behaviourRemaining !== undefined) {
      behaviourRemaining -= 1;
      if (behaviourRemaining <= 0) {
        behaviour = { kind: "ok" };
        behaviourRemaining = undefined;
      }
    }
    return current;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
    endpoint.requests += 1;
    const action = header(req.headers, "x-tc-action") ?? "";
    const injected: EndpointBehaviour = action === "SendSms" ? takeBehaviour() : { kind: "ok" };
    const wireFailure = isWireFailure(injected) ? injected : undefined;
    if (wireFailure && !wireFailure.afterSending) return failOnWire(req, res, wireFailure);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    const requestId = randomUUID();
    const refuse = (code: string, message: string, authFailure = false): void => {
      if (authFailure) endpoint.signatureFailures += 1;
      endpoint.refused.push({ action, code, message });
      answerError(res, requestId, code, message);
    };

    if (req.method !== "POST") return refuse("UnsupportedOperation", "Only POST with a JSON body is served here.");
    const signature = verifyTc3Signature(
      { method: req.method, url: req.url ?? "/", headers: req.headers, body },
      { secretId: opts.secretId, secretKey: opts.secretKey, service: "sms", maxSkewSeconds, now: new Date() },
    );
    if (!signature.ok) return refuse(signature.code, signature.message, true);
    const token = header(req.headers, "x-tc-token");
    if ((opts.sessionToken ?? "") !== (token ?? "")) {
      return refuse("AuthFailure.TokenFailure", "The session token is missing, invalid or unexpected.", true);
    }
    const version = header(req.headers, "x-tc-version");
    if (version !== apiVersion) return refuse("NoSuchVersion", `Version ${JSON.stringify(version)} is not ${apiVersion}.`);
    const region = header(req.headers, "x-tc-region");
    if (!region) return refuse("MissingParameter", "The request is missing a required parameter `Region`.");
    if (!supportedRegions.has(region)) return refuse("UnsupportedRegion", `SMS is not offered in region ${region}.`);
    if (!/^application\/json\b/.test(header(req.headers, "content-type") ?? "")) {
      return refuse("InvalidParameter", "Content-Type must be application/json.");
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString("utf8"));
    } catch {
      return refuse("InvalidParameter", "The request body is not valid JSON.");
    }

    if (action === "SendSms") {
      const fields = checkSendSms(payload);
      if (!fields.ok) return refuse(fields.code, fields.message);
      if (injected.kind === "apiError") {
        return answerError(res, requestId, injected.code, injected.message ?? `Injected API error ${injected.code}.`);
      }
      const statuses = sendStatuses(fields.value, injected, token);
      if (wireFailure) return failOnWire(req, res, wireFailure);
      return answer(res, { SendStatusSet: statuses, RequestId: requestId });
    }
    if (action === "PullSmsSendStatus") {
      const fields = checkPull(payload);
      if (!fields.ok) return refuse(fields.code, fields.message);
      return answer(res, { PullSmsSendStatusSet: reports.pull(fields.value.sdkAppId, fields.value.limit), RequestId: requestId });
    }
    if (action === "DescribeSmsSignList" || action === "DescribeSmsTemplateList") {
      const listed = action === "DescribeSmsSignList" ? review.describeSigns(payload) : review.describeTemplates(payload);
      if (!listed.ok) return refuse(listed.code, listed.message);
      return answer(res, { ...listed.value, RequestId: requestId });
    }
    return refuse("InvalidAction", `The action ${JSON.stringify(action)} is not served by this endpoint.`);
  }

  function sendStatuses(fields: SendSmsFields, injected: EndpointBehaviour, token: string | undefined) {
    const at = new Date();
    const failing =
      injected.kind === "perNumberError" ? new Set(injected.phoneNumbers ?? fields.phoneNumbers) : new Set<string>();
    const accepted: string[] = [];
    const serialNos: string[] = [];
    const statuses = fields.phoneNumbers.map((phoneNumber) => {
      const isoCode = phoneNumber.startsWith("+86") ? "CN" : "DEF";
      if (injected.kind === "perNumberError" && failing.has(phoneNumber)) {
        const message = injected.message ?? `Injected failure ${injected.code}.`;
        return {
          SerialNo: "",
          PhoneNumber: phoneNumber,
          Fee: 0,
          SessionContext: "",
          Code: injected.code,
          Message: message,
          IsoCode: isoCode,
        };
      }
      serialCounter += 1;
      const serialNo = `${serialPrefix}${String(serialCounter).padStart(8, "0")}`;
      accepted.push(phoneNumber);
      serialNos.push(serialNo);
      reports.add(fields.sdkAppId, serialNo, phoneNumber, at, fields.sessionContext);
      return {
        SerialNo: serialNo,
        PhoneNumber: phoneNumber,
        Fee: 1,
        SessionContext: fields.sessionContext,
        Code: "Ok",
        Message: "send success",
        IsoCode: isoCode,
      };
    });
    if (accepted.length > 0) {
      const record: RecordedSms = {
        action: "SendSms",
        sdkAppId: fields.sdkAppId,
        signName: fields.signName,
        templateId: fields.templateId,
        phoneNumbers: accepted,
        templateParams: fields.templateParams,
        serialNos,
        at,
      };
      if (token) record.sessionToken = token;
      endpoint.sent.push(record);
    }
    return statuses;
  }

  const server = createBodyCappedServer(maxBodyBytes, handle);
  listener = await listenOnLoopback(server);
  endpoint.url = listener.url;
  return endpoint;
}

type WireFailure = Extract<EndpointBehaviour, { kind: "httpError" | "timeout" | "reset" }>;

function isWireFailure(b: EndpointBehaviour): b is WireFailure {
  return b.kind === "httpError" || b.kind === "timeout" || b.kind === "reset";
}

function failOnWire(req: http.IncomingMessage, res: http.ServerResponse, failure: WireFailure): void {
  if (failure.kind === "timeout") return; // keep the socket open and never answer
  if (failure.kind === "reset") {
    req.socket.resetAndDestroy();
    return;
  }
  res.writeHead(failure.status, { "Content-Type": "text/plain" }).end(http.STATUS_CODES[failure.status] ?? "error");
}

function answer(res: http.ServerResponse, response: Record<string, unknown>): void {
  const body = JSON.stringify({ Response: response });
  res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }).end(body);
}

function answerError(res: http.ServerResponse, requestId: string, code: string, message: string): void {
  answer(res, { Error: { Code: code, Message: message }, RequestId: requestId });
}

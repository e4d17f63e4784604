// A local stand-in for Tencent Cloud Secrets Manager (SSM, API 2019-09-23) for tests, local runs
// and benchmarks: a real HTTP server on 127.0.0.1 that the real SDK talks to (set SSM_ENDPOINT to
// `url`). It checks the TC3-HMAC-SHA256 signature (service "ssm") with the shared verifier, the
// session token and the common headers, serves GetSecretValue and UpdateSecret on secrets held in
// memory, records what it served (names only), and can be told to misbehave (HTTP 5xx, no
// answer, API error codes) for the next N requests.
import { randomUUID } from "node:crypto";
import * as http from "node:http";
import { createBodyCappedServer, listenOnLoopback, type LoopbackListener } from "./loopback-server";
import { header, verifyTc3Signature } from "./sms-endpoint/tc3-signature";

/** A credential the endpoint accepts: the SCF role's (with a session token) or a deployer's. */
export interface AcceptedCredential {
  secretId: string;
  secretKey: string;
  /** When set, requests signed with this SecretId must carry it as X-TC-Token; when unset, none may. */
  sessionToken?: string;
}

export type SsmBehaviour =
  | { kind: "ok" }
  | { kind: "httpError"; status: number }
  | { kind: "timeout" }
  | { kind: "apiError"; code: string; message?: string }
  /** HTTP 200 with this body as it is (a proxy's page, a cut-off answer). */
  | { kind: "rawBody"; body: string };

export interface SsmEndpoint {
  /** "http://127.0.0.1:<port>" — what SSM_ENDPOINT is set to. */
  url: string;
  /** Creates or replaces a secret version's SecretString. */
  putSecret(name: string, secretString: string, versionId?: string): void;
  /** The stored SecretString (undefined when absent). */
  secretString(name: string, versionId?: string): string | undefined;
  /** Accepted GetSecretValue calls, by secret name, in order. */
  reads: string[];
  /** Accepted UpdateSecret calls, by secret name, in order. */
  updates: string[];
  /** Requests whose signature, SecretId, timestamp or session token did not check out. */
  signatureFailures: number;
  /** Every request received, whatever happened to it. */
  requests: number;
  /** Behaviour for the next requests (all actions); with `times`, for the next N, then ok again. */
  setBehaviour(b: SsmBehaviour, opts?: { times?: number }): void;
  setCredentials(credentials: AcceptedCredential[]): void;
  stop(): Promise<void>;
}

const apiVersion = "2019-09-23";
const maxSkewSeconds = 300;
const maxBodyBytes = 256 * 1024;
/** SSM's limit on a SecretString (4096 bytes as documented for custom secrets; we allow a key set). */
const maxSecretBytes = 64 * 1024;

export async function startSsmEndpoint(opts: { credentials: AcceptedCredential[] }): Promise<SsmEndpoint> {
  let credentials = opts.credentials;
  let behaviour: SsmBehaviour = { kind: "ok" };
  let remaining: number | undefined;
  const secrets = new Map<string, Map<string, string>>();
  let listener: LoopbackListener | undefined;

  const endpoint: SsmEndpoint = {
    url: "",
    putSecret(name, secretString, versionId = "current") {
      if (!secrets.has(name)) secrets.set(name, new Map());
      secrets.get(name)!.set(versionId, secretString);
    },
    secretString(name, versionId = "current") {
      return secrets.get(name)?.get(versionId);
    },
    reads: [],
    updates: [],
    signatureFailures: 0,
    requests: 0,
    setBehaviour(b, options) {
      behaviour = b;
      remaining = options?.times;
    },
    setCredentials(next) {
      credentials = next;
    },
    stop() {
      return listener?.close() ?? Promise.resolve();
    },
  };

  function takeBehaviour(): SsmBehaviour {
    const current = behaviour;
    if (remaining !== undefined) {
      remaining -= 1;
      if (remaining <= 0) {
        behaviour = { kind: "ok" };
        remaining = undefined;
      }
    }
    return current;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
    endpoint.requests += 1;
    const injected = takeBehaviour();
    if (injected.kind === "timeout") return; // hold the socket, never answer
    if (injected.kind === "httpError") {
      res.writeHead(injected.status, { "Content-Type": "text/plain" }).end(http.STATUS_CODES[injected.status] ?? "error");
      return;
    }
    if (injected.kind === "rawBody") {
      res.writeHead(200, { "Content-Type": "application/json" }).end(injected.body);
      return;
    }
    const requestId = randomUUID();
    const action = header(req.headers, "x-tc-action") ?? "";
    const refuse = (code: string, message: string, authFailure = false): void => {
      if (authFailure) endpoint.signatureFailures += 1;
      answer(res, { Error: { Code: code, Message: message }, RequestId: requestId });
    };

    if (req.method !== "POST") return refuse("UnsupportedOperation", "Only POST with a JSON body is served here.");
    const signed = { method: req.method, url: req.url ?? "/", headers: req.headers, body };
    let accepted: AcceptedCredential | undefined;
    let firstFailure: { code: string; message: string } | undefined;
    for (const credential of credentials) {
      const check = verifyTc3Signature(signed, { ...credential, service: "ssm", maxSkewSeconds, now: new Date() });
      if (check.ok) {
        accepted = credential;
        break;
      }
      if (!firstFailure || firstFailure.code === "AuthFailure.SecretIdNotFound") firstFailure = check;
    }
    if (!accepted) {
      const failure = firstFailure ?? { code: "AuthFailure.SecretIdNotFound", message: "No credential is accepted." };
      return refuse(failure.code, failure.message, true);
    }
    if ((accepted.sessionToken ?? "") !== (header(req.headers, "x-tc-token") ?? "")) {
      return refuse("AuthFailure.TokenFailure", "The session token is missing, invalid or unexpected.", true);
    }
    const version = header(req.headers, "x-tc-version");
    if (version !== apiVersion) return refuse("NoSuchVersion", `Version ${JSON.stringify(version)} is not ${apiVersion}.`);
    if (!header(req.headers, "x-tc-region"))
      return refuse("MissingParameter", "The request is missing a required parameter `Region`.");
    if (!/^application\/json\b/.test(header(req.headers, "content-type") ?? "")) {
      return refuse("InvalidParameter", "Content-Type must be application/json.");
    }
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
    } catch {
      return refuse("InvalidParameter", "The request body is not valid JSON.");
    }
    if (injected.kind === "apiError") return refuse(injected.code, injected.message ?? `Injected API error ${injected.code}.`);

    const name = payload.SecretName;
    const versionId = payload.VersionId;
    if (typeof name !== "string" || !name)
      return refuse("MissingParameter", "The request is missing a required parameter `SecretName`.");
    if (typeof versionId !== "string" || !versionId)
      return refuse("MissingParameter", "The request is missing a required parameter `VersionId`.");
    const versions = secrets.get(name);
    if (!versions) return refuse("ResourceNotFound", `The secret ${name} does not exist.`);

    if (action === "GetSecretValue") {
      const value = versions.get(versionId);
      if (value === undefined) return refuse("ResourceNotFound", `The version ${versionId} of ${name} does not exist.`);
      endpoint.reads.push(name);
      return answer(res, { SecretName: name, VersionId: versionId, SecretString: value, SecretBinary: "", RequestId: requestId });
    }
    if (action === "UpdateSecret") {
      if (!versions.has(versionId)) return refuse("ResourceNotFound", `The version ${versionId} of ${name} does not exist.`);
      const value = payload.SecretString;
      if (typeof value !== "string" || !value) return refuse("InvalidParameterValue", "SecretString must be a non-empty string.");
      if (Buffer.byteLength(value) > maxSecretBytes) return refuse("InvalidParameterValue", "SecretString is too long.");
      versions.set(versionId, value);
      endpoint.updates.push(name);
      return answer(res, { SecretName: name, VersionId: versionId, RequestId: requestId });
    }
    return refuse("InvalidAction", `The action ${JSON.stringify(action)} is not served by this endpoint.`);
  }

  const server = createBodyCappedServer(maxBodyBytes, handle);
  listener = await listenOnLoopback(server);
  endpoint.url = listener.url;
  return endpoint;
}

function answer(res: http.ServerResponse, response: Record<string, unknown>): void {
  const body = JSON.stringify({ Response: response });
  res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }).end(body);
}

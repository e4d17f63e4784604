// A local stand-in for one private COS bucket (XML API) for tests and local runs: a real HTTP server
// on 127.0.0.1 that the real cos-nodejs-sdk-v5 talks to (CosStorage's `endpoint` option set to
// `url`). It verifies every request's COS signature and, when a session token is configured, the
// x-cos-security-token header, then serves PUT / GET / HEAD / DELETE Object and GET Bucket (list v1)
// from memory, answering errors in COS's XML shape. Tests can make it misbehave (HTTP 5xx for the
// next N requests, slow answers), cap list pages, rotate the accepted key, and read what it refused.
import { createHash, randomUUID } from "node:crypto";
import * as http from "node:http";
import { listenOnLoopback, type LoopbackListener } from "./loopback-server";
import { element, listBucketXml, type StoredObject } from "./cos-endpoint/bucket-listing";
import { headerValue, objectKeyOf, queryParameters, verifyCosSignature } from "./cos-endpoint/cos-signature";

export interface CosCredential {
  secretId: string;
  secretKey: string;
  /** When set, every request must carry it as x-cos-security-token; when unset, none may. */
  sessionToken?: string;
}

export interface CosEndpointOptions extends CosCredential {
  /** "<name>-<appid>"; reported in listings. The endpoint serves this one bucket. */
  bucket: string;
  /** Largest page GET Bucket returns whatever max-keys asks (COS caps at 1000). */
  maxKeysPerPage?: number;
}

/** One request that passed authentication, for assertions. */
export interface AcceptedRequest {
  method: string;
  key: string;
  secretId: string;
  securityToken?: string;
  query: Record<string, string>;
}

export interface RefusedCosRequest {
  method: string;
  key: string;
  code: string;
  message: string;
}

export interface CosEndpoint {
  /** "http://127.0.0.1:<port>" — what CosStorage's `endpoint` is set to. */
  url: string;
  /** Objects by key, as the bucket holds them. */
  objects: Map<string, StoredObject>;
  /** Requests received, whatever happened to them (injected failures included). */
  requests: number;
  /** Requests refused for a bad signature, unknown SecretId, expired signature or wrong token. */
  signatureFailures: number;
  refused: RefusedCosRequest[];
  accepted: AcceptedRequest[];
  /** Accept only this key (and token) from now on: what a rotated role credential looks like. */
  setCredential(credential: CosCredential): void;
  /**
   * Answer the next `times` requests (only those `matching`, when given) with this 5xx status
   * before looking at them.
   */
  failNext(times: number, status?: 500 | 503, matching?: (req: { method: string; key: string }) => boolean): void;
  /** Delay before every answer. */
  setDelay(ms: number): void;
  setMaxKeysPerPage(n: number): void;
  reset(): void;
  stop(): Promise<void>;
}

const maxBodyBytes = 64 * 1024 * 1024;

export async function startCosEndpoint(opts: CosEndpointOptions): Promise<CosEndpoint> {
  let credential: CosCredential = { secretId: opts.secretId, secretKey: opts.secretKey, sessionToken: opts.sessionToken };
  let failuresLeft = 0;
  let failureStatus = 503;
  let failureFilter: (req: { method: string; key: string }) => boolean = () => true;
  let delayMs = 0;
  let pageCap = opts.maxKeysPerPage ?? 1000;
  let listener: LoopbackListener | undefined;

  const endpoint: CosEndpoint = {
    url: "",
    objects: new Map(),
    requests: 0,
    signatureFailures: 0,
    refused: [],
    accepted: [],
    setCredential(next) {
      credential = { ...next };
    },
    failNext(times, status = 503, matching = () => true) {
      failuresLeft = times;
      failureStatus = status;
      failureFilter = matching;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    setMaxKeysPerPage(n) {
      pageCap = n;
    },
    reset() {
      endpoint.objects.clear();
      endpoint.requests = 0;
      endpoint.signatureFailures = 0;
      endpoint.refused.length = 0;
      endpoint.accepted.length = 0;
      failuresLeft = 0;
      delayMs = 0;
      pageCap = opts.maxKeysPerPage ?? 1000;
    },
    stop() {
      return listener?.close() ?? Promise.resolve();
    },
  };

  function handle(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void {
    endpoint.requests += 1;
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const key = objectKeyOf(url);
    const requestId = randomUUID();
    res.setHeader("x-cos-request-id", requestId);
    res.setHeader("Date", new Date().toUTCString());
    if (failuresLeft > 0 && failureFilter({ method, key })) {
      failuresLeft -= 1;
      const code = failureStatus === 500 ? "InternalError" : "ServiceUnavailable";
      return answerError(res, method, failureStatus, code, "Injected failure.", requestId);
    }
    const refuse = (status: number, code: string, message: string, authFailure = false): void => {
      if (authFailure) endpoint.signatureFailures += 1;
      endpoint.refused.push({ method, key, code, message });
      answerError(res, method, status, code, message, requestId);
    };

    const signature = verifyCosSignature({ method, url, headers: req.headers }, [credential], new Date());
    if (!signature.ok) return refuse(403, signature.code, signature.message, true);
    const token = headerValue(req.headers, "x-cos-security-token");
    if ((credential.sessionToken ?? "") !== (token ?? "")) {
      return refuse(403, "InvalidAccessKeyId", "The x-cos-security-token is missing, invalid or not expected.", true);
    }
    if (headerValue(req.headers, "host") !== new URL(endpoint.url).host)
      return refuse(400, "InvalidURI", "Host does not name this endpoint.");
    const query = Object.fromEntries(queryParameters(url));
    endpoint.accepted.push({ method, key, secretId: signature.secretId, securityToken: token, query });

    if (key === "") {
      if (method !== "GET") return refuse(405, "MethodNotAllowed", `${method} on the bucket is not served here.`);
      const unsupported = Object.keys(query).filter((name) => !["prefix", "marker", "max-keys", "encoding-type"].includes(name));
      if (unsupported.length > 0)
        return refuse(400, "InvalidArgument", `Unsupported list parameters: ${unsupported.join(", ")}.`);
      const asked = query["max-keys"] === undefined ? 1000 : Number(query["max-keys"]);
      if (!Number.isInteger(asked) || asked < 0 || asked > 1000)
        return refuse(400, "InvalidArgument", "max-keys must be 0..1000.");
      const xml = listBucketXml(endpoint.objects, {
        bucket: opts.bucket,
        prefix: query.prefix ?? "",
        marker: query.marker ?? "",
        maxKeys: Math.min(asked, pageCap),
      });
      res.writeHead(200, { "Content-Type": "application/xml" }).end(xml);
      return;
    }
    const object = endpoint.objects.get(key);
    switch (method) {
      case "PUT": {
        const declared = headerValue(req.headers, "content-length");
        if (declared === undefined || Number(declared) !== body.length)
          return refuse(400, "IncompleteBody", "Content-Length does not match the body received.");
        const md5 = headerValue(req.headers, "content-md5");
        if (md5 && md5 !== createHash("md5").update(body).digest("base64"))
          return refuse(400, "BadDigest", "Content-MD5 does not match the body.");
        const etag = `"${createHash("md5").update(body).digest("hex")}"`;
        const contentType = headerValue(req.headers, "content-type") ?? "application/octet-stream";
        endpoint.objects.set(key, { body, etag, lastModified: new Date(), contentType });
        res.writeHead(200, { ETag: etag, "Content-Length": "0" }).end();
        return;
      }
      case "GET":
      case "HEAD": {
        if (!object) return refuse(404, "NoSuchKey", "The specified key does not exist.");
        res.writeHead(200, {
          ETag: object.etag,
          "Content-Type": object.contentType,
          "Content-Length": String(object.body.length),
          "Last-Modified": object.lastModified.toUTCString(),
        });
        res.end(method === "GET" ? object.body : undefined);
        return;
      }
      case "DELETE":
        endpoint.objects.delete(key);
        res.writeHead(204).end();
        return;
      default:
        return refuse(405, "MethodNotAllowed", `${method} is not served here.`);
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on("end", () => {
      const answer = () => {
        try {
          handle(req, res, Buffer.concat(chunks));
        } catch (error) {
          answerError(res, req.method ?? "GET", 500, "InternalError", `endpoint bug: ${(error as Error).message}`, randomUUID());
        }
      };
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  });
  listener = await listenOnLoopback(server);
  endpoint.url = listener.url;
  return endpoint;
}

function answerError(
  res: http.ServerResponse,
  method: string,
  status: number,
  code: string,
  message: string,
  requestId: string,
): void {
  if (res.headersSent) return;
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error>' +
    element("Code", code) +
    element("Message", message) +
    element("RequestId", requestId) +
    "</Error>";
  res.writeHead(status, { "Content-Type": "application/xml" });
  res.end(method === "HEAD" ? undefined : xml);
}

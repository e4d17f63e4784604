// Turns an optional endpoint override (SMS_ENDPOINT, SSM_ENDPOINT, CAPTCHA_ENDPOINT) into the
// SDK's httpProfile. The SDK derives the TC3 credential scope's service name from the first label
// of the endpoint host ("sms.tencentcloudapi.com" → "sms"), so pointing it at "127.0.0.1:9000"
// would sign for service "127" and be refused by any honest verifier. For hosts that are not the
// API's own ("sms.*", "ssm.*", …) we therefore keep the canonical host name in the URL (and so in
// the signed Host header) and only redirect the TCP connection to the override address through
// the agent.
//
// node:http / node:https (and with them tls) are required when an override needs an agent, not
// when the module loads, so requiring the verification bundle stays cheap (its cold start).
import type * as http from "node:http";
import type * as https from "node:https";
import type { Duplex } from "node:stream";

export interface SdkHttpRoute {
  /** host[:port] the SDK puts in the URL and signs. */
  endpoint: string;
  protocol: "http://" | "https://";
  /** Present when the connection must go somewhere other than `endpoint`'s DNS answer. */
  agent?: http.Agent;
}

/**
 * `defaultHost` is the API's public host ("ssm.tencentcloudapi.com" for Secrets Manager); its first
 * label is the service name the SDK signs for, so the override keeps it whatever the address.
 */
export function routeForEndpoint(override: string | undefined, defaultHost: string): SdkHttpRoute {
  if (override === undefined || override.trim() === "") {
    return { endpoint: defaultHost, protocol: "https://" };
  }
  const service = defaultHost.split(".")[0];
  const label = service.toUpperCase();
  const url = parseOverride(override.trim(), label);
  const protocol = url.protocol === "http:" ? "http://" : "https://";
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  if (hostname.split(".")[0] === service && hostname.includes(".")) {
    return { endpoint: url.host, protocol };
  }
  const port = Number(url.port || (protocol === "http://" ? 80 : 443));
  const agent = protocol === "http://" ? redirectingHttpAgent(hostname, port) : redirectingHttpsAgent(hostname, port);
  return { endpoint: defaultHost, protocol, agent };
}

type ConnectCallback = (err: Error | null, stream: Duplex) => void;

function redirectingHttpAgent(targetHost: string, targetPort: number): http.Agent {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Agent } = require("node:http") as typeof http;
  class RedirectingHttpAgent extends Agent {
    override createConnection(options: http.ClientRequestArgs, callback?: ConnectCallback): Duplex | null | undefined {
      return super.createConnection({ ...options, host: targetHost, port: targetPort }, callback);
    }
  }
  return new RedirectingHttpAgent();
}

function redirectingHttpsAgent(targetHost: string, targetPort: number): https.Agent {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Agent } = require("node:https") as typeof https;
  class RedirectingHttpsAgent extends Agent {
    override createConnection(options: https.RequestOptions, callback?: ConnectCallback): Duplex | null | undefined {
      return super.createConnection({ ...options, host: targetHost, port: targetPort, servername: targetHost }, callback);
    }
  }
  return new RedirectingHttpsAgent();
}

function parseOverride(value: string, label: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${label} endpoint override "${value}" is not a URL; expected e.g. http://127.0.0.1:9000`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`${label} endpoint override "${value}" must use http:// or https://`);
  }
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || url.username || url.password) {
    throw new Error(`${label} endpoint override "${value}" must be protocol://host[:port] only`);
  }
  return url;
}

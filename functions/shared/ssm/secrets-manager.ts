// Thin typed layer over the real Secrets Manager SDK client (tencentcloud-sdk-nodejs-ssm, API
// 2019-09-23): GetSecretValue for the function, UpdateSecret for the key CLI. It reads the
// credential on every call (SCF rotates the role key in a warm container), routes an endpoint
// override the way the SMS gateway does (the signed service name must stay "ssm"), and turns every
// SDK failure into a SecretsManagerError with a stable code. Secret values never enter messages.
import type { Client } from "tencentcloud-sdk-nodejs-ssm/tencentcloud/services/ssm/v20190923/ssm_client";
import type { SmsCredential } from "../sms/credentials";
import { routeForEndpoint, type SdkHttpRoute } from "../sms/endpoint-route";
import { loadOnFirstUse } from "../load-on-first-use";

export const defaultSsmApiHost = "ssm.tencentcloudapi.com";

type SsmClientClass = typeof import("tencentcloud-sdk-nodejs-ssm/tencentcloud/services/ssm/v20190923/ssm_client").Client;

/**
 * The SDK (node-fetch, the HTTPS stack) loads on the first secret read, not when SCF requires the
 * bundle: the container's first invocation reads its secrets anyway, and requiring index.js stays
 * cheap. In the esbuild bundle this require stays lazy (the module body runs on first call).
 */
const ssmClient = loadOnFirstUse(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require("tencentcloud-sdk-nodejs-ssm/tencentcloud/services/ssm/v20190923/ssm_client") as { Client: SsmClientClass };
  return sdk.Client;
});

export interface SecretsManagerConfig {
  /** e.g. ap-guangzhou: the region the secrets were created in. */
  region: string;
  /** Optional override like "http://127.0.0.1:9000" (local endpoint double). */
  endpoint?: string;
  /** SDK request timeout in seconds (fractions allowed). */
  timeoutSeconds: number;
}

/** Credentials come from a provider called per request: the SCF role's rotating key, or a deployer's. */
export type CredentialSource = () => SmsCredential;

export class SecretsManagerError extends Error {
  /**
   * Provider code ("ResourceNotFound", "AuthFailure.UnauthorizedOperation", …) or one of ours:
   * "NetworkError", "RequestTimeout", "HttpStatus<n>", "CredentialMissing", "EmptySecret".
   */
  readonly code: string;
  /** Retrying later may work (transport trouble, provider internal error). */
  readonly transient: boolean;
  readonly requestId?: string;

  constructor(init: { code: string; message: string; transient: boolean; requestId?: string }) {
    super(init.message);
    this.name = "SecretsManagerError";
    this.code = init.code;
    this.transient = init.transient;
    if (init.requestId) this.requestId = init.requestId;
  }
}

export class SecretsManager {
  private readonly route: SdkHttpRoute;

  constructor(
    private readonly config: SecretsManagerConfig,
    private readonly credential: CredentialSource,
  ) {
    if (!(config.timeoutSeconds > 0)) throw new Error("Secrets Manager timeoutSeconds must be a positive number");
    this.route = routeForEndpoint(config.endpoint, defaultSsmApiHost);
  }

  /** The SecretString of one version; a binary or empty secret is an error (ours are JSON text). */
  async getSecretString(secretName: string, versionId: string): Promise<string> {
    const client = this.client();
    try {
      const response = await client.GetSecretValue({ SecretName: secretName, VersionId: versionId });
      if (typeof response.SecretString !== "string" || response.SecretString === "") {
        throw new SecretsManagerError({
          code: "EmptySecret",
          message: `secret ${secretName} has no SecretString`,
          transient: false,
        });
      }
      return response.SecretString;
    } catch (error) {
      throw secretsManagerErrorFrom(error, secretName);
    }
  }

  /** Replaces the SecretString of an existing version (the key CLI's write). */
  async updateSecretString(secretName: string, versionId: string, secretString: string): Promise<void> {
    const client = this.client();
    try {
      await client.UpdateSecret({ SecretName: secretName, VersionId: versionId, SecretString: secretString });
    } catch (error) {
      throw secretsManagerErrorFrom(error, secretName);
    }
  }

  private client(): Client {
    let credential: SmsCredential;
    try {
      credential = this.credential();
    } catch (error) {
      throw new SecretsManagerError({
        code: "CredentialMissing",
        message: error instanceof Error ? error.message : "credentials unavailable",
        transient: false,
      });
    }
    const Client = ssmClient();
    return new Client({
      credential: { secretId: credential.secretId, secretKey: credential.secretKey, token: credential.token },
      region: this.config.region,
      profile: {
        signMethod: "TC3-HMAC-SHA256",
        httpProfile: {
          reqMethod: "POST",
          endpoint: this.route.endpoint,
          protocol: this.route.protocol,
          reqTimeout: this.config.timeoutSeconds,
          ...(this.route.agent ? { agent: this.route.agent } : {}),
        },
      },
    });
  }
}

interface SdkExceptionShape {
  message?: unknown;
  code?: unknown;
  httpCode?: unknown;
  requestId?: unknown;
}

const transientProviderPrefixes = ["InternalError", "RequestLimitExceeded", "ResourceUnavailable"];

function secretsManagerErrorFrom(error: unknown, secretName: string): SecretsManagerError {
  if (error instanceof SecretsManagerError) return error;
  const e = (typeof error === "object" && error !== null ? error : {}) as SdkExceptionShape;
  const requestId = typeof e.requestId === "string" && e.requestId ? e.requestId : undefined;
  if (typeof e.code === "string" && e.code) {
    const code = e.code;
    return new SecretsManagerError({
      code,
      // The provider's message names the secret at most; it never carries a value.
      message: `Secrets Manager refused ${secretName}: ${code}`,
      transient: transientProviderPrefixes.some((prefix) => code === prefix || code.startsWith(prefix + ".")),
      requestId,
    });
  }
  if (typeof e.httpCode === "number") {
    return new SecretsManagerError({
      code: `HttpStatus${e.httpCode}`,
      message: `Secrets Manager answered HTTP ${e.httpCode} for ${secretName}`,
      transient: e.httpCode >= 500 || e.httpCode === 429,
    });
  }
  const message = typeof e.message === "string" ? e.message : String(error);
  if (/network timeout/i.test(message)) {
    return new SecretsManagerError({
      code: "RequestTimeout",
      message: `Secrets Manager did not answer in time for ${secretName}`,
      transient: true,
    });
  }
  // The transport's own words (DNS failure, refused connection, TLS) are what the operator needs;
  // they name hosts and ports, never a secret value.
  return new SecretsManagerError({
    code: "NetworkError",
    message: `Secrets Manager unreachable for ${secretName}: ${message.split("\n")[0]}`,
    transient: true,
  });
}

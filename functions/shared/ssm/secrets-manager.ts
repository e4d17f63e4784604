// Thin typed layer over the real Tencent Secrets Manager SDK client (tencentcloud-sdk-nodejs-ssm, API
// 2019-09-23): GetSecretValue for the function, UpdateSecret for the key CLI. The client profile,
// the credential read per call (SCF rotates the role key in a warm container) and the endpoint
// override (the signed service name must stay "ssm") come from the shared Tencent API client
// (../tencent/api-client.ts); every failure becomes a SecretsManagerError with a stable code.
// Secret values never enter messages.
import type { Client } from "tencentcloud-sdk-nodejs-ssm/tencentcloud/services/ssm/v20190923/ssm_client";
import { TencentApiClient, type TencentApiDescription, type TencentApiSettings } from "../tencent/api-client";
import { TencentApiError, type TencentApiErrorInit } from "../tencent/api-error";
import type { CredentialSource } from "../tencent/credential";
import { loadOnFirstUse } from "../load-on-first-use";

export const defaultSsmApiHost = "ssm.tencentcloudapi.com";

/** Secrets Manager (2019-09-23) as the shared Tencent API client calls it. */
export const ssmApi: TencentApiDescription = {
  host: defaultSsmApiHost,
  name: "Secrets Manager",
  transientCodes: ["InternalError", "RequestLimitExceeded", "ResourceUnavailable"],
};

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

/** Region the secrets were created in, optional endpoint override (local double), timeout. */
export type SecretsManagerConfig = TencentApiSettings;

export class SecretsManagerError extends TencentApiError {
  /*
   * `code`: provider code ("ResourceNotFound", "AuthFailure.UnauthorizedOperation", …) or one of
   * ours: "NetworkError", "RequestTimeout", "HttpStatus<n>", "MalformedResponse",
   * "CredentialMissing", "EmptySecret". `transient`: retrying later may work.
   */
  constructor(init: TencentApiErrorInit) {
    super(init);
    this.name = "SecretsManagerError";
  }
}

export class SecretsManager {
  private readonly api: TencentApiClient;

  constructor(config: SecretsManagerConfig, credential: CredentialSource) {
    this.api = new TencentApiClient(ssmApi, config, credential);
  }

  /** The SecretString of one version; a binary or empty secret is an error (ours are JSON text). */
  async getSecretString(secretName: string, versionId: string): Promise<string> {
    try {
      const response = await this.client().GetSecretValue({ SecretName: secretName, VersionId: versionId });
      if (typeof response.SecretString !== "string" || response.SecretString === "") {
        throw new SecretsManagerError({
          code: "EmptySecret",
          message: `secret ${secretName} has no SecretString`,
          transient: false,
          source: "provider",
        });
      }
      return response.SecretString;
    } catch (error) {
      throw this.errorFrom(error, secretName);
    }
  }

  /** Replaces the SecretString of an existing version (the key CLI's write). */
  async updateSecretString(secretName: string, versionId: string, secretString: string): Promise<void> {
    try {
      await this.client().UpdateSecret({ SecretName: secretName, VersionId: versionId, SecretString: secretString });
    } catch (error) {
      throw this.errorFrom(error, secretName);
    }
  }

  private client(): Client {
    return new (ssmClient())(this.api.clientConfig());
  }

  /** The failure as a SecretsManagerError whose message names the secret and never a value. */
  private errorFrom(error: unknown, secretName: string): SecretsManagerError {
    if (error instanceof SecretsManagerError) return error;
    const failure = this.api.errorFrom(error);
    return new SecretsManagerError({
      code: failure.code,
      message: messageFor(failure, secretName),
      transient: failure.transient,
      source: failure.source,
      mayHaveSent: failure.mayHaveSent,
      requestId: failure.requestId,
      httpStatus: failure.httpStatus,
    });
  }
}

function messageFor(failure: TencentApiError, secretName: string): string {
  if (failure.source === "provider") return `Secrets Manager refused ${secretName}: ${failure.code}`;
  if (failure.source === "client") return failure.message;
  if (failure.httpStatus !== undefined) return `Secrets Manager answered HTTP ${failure.httpStatus} for ${secretName}`;
  if (failure.code === "RequestTimeout") return `Secrets Manager did not answer in time for ${secretName}`;
  if (failure.code === "MalformedResponse") return `Secrets Manager answered ${secretName} with a response that is not JSON`;
  // The transport's own words (DNS failure, refused connection, TLS) are what the operator needs;
  // they name hosts and ports, never a secret value.
  return `Secrets Manager unreachable for ${secretName}: ${failure.message.split("\n")[0]}`;
}

// One Tencent Cloud API as the adapters call it (SMS, Secrets Manager, Captcha, the SMS review
// CLI): the host it signs for, where the connection goes (endpoint override), the request timeout,
// the credential read for each client, and the failure mapping. Each adapter builds its
// tencentcloud-sdk-nodejs client from `clientConfig()` and turns what the SDK throws into its own
// error with `errorFrom`; none of them repeats the profile, the credential handling or the codes.
import type { ClientConfig } from "tencentcloud-sdk-nodejs-common/tencentcloud/common/interface";
import { TencentApiError, tencentApiErrorFrom, type TencentApiErrors } from "./api-error";
import type { CredentialSource } from "./credential";
import { routeForEndpoint, type SdkHttpRoute } from "./endpoint-route";

export interface TencentApiDescription extends TencentApiErrors {
  /** Public host, e.g. "sms.tencentcloudapi.com"; its first label is the service TC3 signs for. */
  host: string;
}

export interface TencentApiSettings {
  /** e.g. ap-guangzhou; "" for an API without regions (Captcha). */
  region: string;
  /** Optional override like "http://127.0.0.1:9000" (protocol + host[:port]); default is the public API. */
  endpoint?: string;
  /** SDK request timeout in seconds (fractions allowed); must stay below the function timeout. */
  timeoutSeconds: number;
}

export class TencentApiClient {
  readonly route: SdkHttpRoute;

  constructor(
    readonly api: TencentApiDescription,
    private readonly settings: TencentApiSettings,
    private readonly credential: CredentialSource,
  ) {
    if (!(settings.timeoutSeconds > 0)) throw new Error(`${api.name} timeoutSeconds must be a positive number`);
    this.route = routeForEndpoint(settings.endpoint, api.host);
  }

  /**
   * SDK client options with the credential read just now: SCF rotates role keys, and an exception
   * thrown inside the SDK's own credential-provider hook would come back as an anonymous transport
   * error. Building a client from them is only object set-up; no connection is opened. A missing
   * credential throws a TencentApiError "CredentialMissing" (source "client").
   */
  clientConfig(): ClientConfig {
    let credential;
    try {
      credential = this.credential();
    } catch (error) {
      throw new TencentApiError({
        code: "CredentialMissing",
        message: error instanceof Error ? error.message : `${this.api.name} credentials unavailable`,
        transient: false,
        source: "client",
      });
    }
    const { route } = this;
    return {
      credential: { secretId: credential.secretId, secretKey: credential.secretKey, token: credential.token },
      region: this.settings.region,
      profile: {
        signMethod: "TC3-HMAC-SHA256",
        httpProfile: {
          reqMethod: "POST",
          endpoint: route.endpoint,
          protocol: route.protocol,
          reqTimeout: this.settings.timeoutSeconds,
          ...(route.agent ? { agent: route.agent } : {}),
        },
      },
    };
  }

  /** What an SDK call (or `clientConfig`) threw, with this API's codes and name. */
  errorFrom(error: unknown): TencentApiError {
    return tencentApiErrorFrom(error, this.api);
  }
}

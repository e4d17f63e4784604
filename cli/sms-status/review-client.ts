// Reads the account's signature and template lists with the real SMS SDK (DescribeSmsSignList,
// DescribeSmsTemplateList, 2021-01-11), page by page (Limit 100, Offset), for the lists (mainland
// / international) the environment needs. SMS_ENDPOINT redirects it like the functions' gateway.
import { Client } from "tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_client";
import { routeForEndpoint } from "../../functions/shared/sms/endpoint-route";
import { ApiCredential } from "./api-credentials";
import { ListedContent } from "./review-status";

const PAGE = 100;
/** Safety stop: 100 pages of 100 is far beyond any account's content. */
const MAX_PAGES = 100;

/** An SDK or API failure, as code + message (the API's own code when it sent one). */
export class SmsApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = "SmsApiError";
  }
}

export interface ReviewClientOptions {
  credential: ApiCredential;
  region: string;
  /** SMS_ENDPOINT: a local double or a proxy; default the public API. */
  endpoint?: string;
  timeoutSeconds?: number;
}

export class ReviewClient {
  private readonly client: Client;

  constructor(options: ReviewClientOptions) {
    const route = routeForEndpoint(options.endpoint);
    this.client = new Client({
      credential: {
        secretId: options.credential.secretId,
        secretKey: options.credential.secretKey,
        token: options.credential.token,
      },
      region: options.region,
      profile: {
        signMethod: "TC3-HMAC-SHA256",
        httpProfile: {
          reqMethod: "POST",
          endpoint: route.endpoint,
          protocol: route.protocol,
          reqTimeout: options.timeoutSeconds ?? 10,
          ...(route.agent ? { agent: route.agent } : {}),
        },
      },
    });
  }

  async signatures(international: 0 | 1): Promise<ListedContent[]> {
    return this.paged(async (Offset) => {
      const r = await call(() => this.client.DescribeSmsSignList({ International: international, Limit: PAGE, Offset }));
      return (r.DescribeSignListStatusSet ?? []).map((s) => ({
        id: Number(s.SignId),
        name: s.SignName ?? "",
        international: Number(s.International),
        statusCode: Number(s.StatusCode),
        reviewReply: s.ReviewReply ?? "",
      }));
    });
  }

  async templates(international: 0 | 1): Promise<ListedContent[]> {
    return this.paged(async (Offset) => {
      const r = await call(() => this.client.DescribeSmsTemplateList({ International: international, Limit: PAGE, Offset }));
      return (r.DescribeTemplateStatusSet ?? []).map((t) => ({
        id: Number(t.TemplateId),
        name: t.TemplateName ?? "",
        international: Number(t.International),
        statusCode: Number(t.StatusCode),
        reviewReply: t.ReviewReply ?? "",
      }));
    });
  }

  private async paged(page: (offset: number) => Promise<ListedContent[]>): Promise<ListedContent[]> {
    const all: ListedContent[] = [];
    for (let i = 0; i < MAX_PAGES; i += 1) {
      const items = await page(i * PAGE);
      all.push(...items);
      if (items.length < PAGE) break;
    }
    return all;
  }
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown; requestId?: unknown };
    const code = typeof e.code === "string" && e.code !== "" ? e.code : "RequestFailed";
    const message = typeof e.message === "string" ? e.message : String(error);
    throw new SmsApiError(code, message, typeof e.requestId === "string" ? e.requestId : undefined);
  }
}

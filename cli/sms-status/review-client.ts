// Reads the account's signature and template lists with the real SMS SDK (DescribeSmsSignList,
// DescribeSmsTemplateList, 2021-01-11), page by page (Limit 100, Offset), for the lists (mainland
// / international) the environment needs. The client profile and SMS_ENDPOINT's routing come from
// the shared Tencent API client, as for the functions' gateway.
import { Client } from "tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_client";
import { smsApi } from "../../functions/shared/sms/gateway";
import { TencentApiClient } from "../../functions/shared/tencent/api-client";
import type { TencentCredential } from "../../functions/shared/tencent/credential";
import { ListedContent } from "./review-status";

const PAGE = 100;
/** Safety stop: 100 pages of 100 is far beyond any account's content. */
const MAX_PAGES = 100;

export interface ReviewClientOptions {
  credential: TencentCredential;
  region: string;
  /** SMS_ENDPOINT: a local double or a proxy; default the public API. */
  endpoint?: string;
  timeoutSeconds?: number;
}

/** Every failure is a TencentApiError with the SMS API's codes (shared/tencent/api-error.ts). */
export class ReviewClient {
  private readonly client: Client;
  private readonly api: TencentApiClient;

  constructor(options: ReviewClientOptions) {
    this.api = new TencentApiClient(
      smsApi,
      { region: options.region, endpoint: options.endpoint, timeoutSeconds: options.timeoutSeconds ?? 10 },
      () => options.credential,
    );
    this.client = new Client(this.api.clientConfig());
  }

  async signatures(international: 0 | 1): Promise<ListedContent[]> {
    return this.paged(async (Offset) => {
      const r = await this.call(() => this.client.DescribeSmsSignList({ International: international, Limit: PAGE, Offset }));
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
      const r = await this.call(() => this.client.DescribeSmsTemplateList({ International: international, Limit: PAGE, Offset }));
      return (r.DescribeTemplateStatusSet ?? []).map((t) => ({
        id: Number(t.TemplateId),
        name: t.TemplateName ?? "",
        international: Number(t.International),
        statusCode: Number(t.StatusCode),
        reviewReply: t.ReviewReply ?? "",
      }));
    });
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw this.api.errorFrom(error);
    }
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

// The warning rows `npm run plan` prints about SMS content: one per unapproved signature/template
// when credentials are present, none without credentials, one row (not a failed plan) when the
// SMS API cannot be read. Real SDK against the signature-checking SMS double.
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { smsContentWarnings } from "../../../cli/sms-status/plan-warnings";
import { startSmsEndpoint, type SmsEndpoint } from "../../support/sms-endpoint";

const secretId = "AKIDplanwarn000000000000000000000000";
const secretKey = "plan-warning-key-not-real-00000000";
let endpoint: SmsEndpoint;

beforeAll(async () => {
  endpoint = await startSmsEndpoint({ secretId, secretKey });
  endpoint.setSigns([{ signId: 7, signName: "SmsVerifyDemo", international: 0, statusCode: 0 }]);
  endpoint.setTemplates([
    {
      templateId: 1,
      templateName: "smsverify-login-code",
      international: 0,
      statusCode: -1,
      reviewReply: "Missing signature context",
    },
    { templateId: 2, templateName: "smsverify-spring-festival", international: 0, statusCode: 0 },
  ]);
});
afterAll(() => endpoint.stop());

describe("plan warnings about SMS content", () => {
  it("one row per unapproved template, with the reviewer's reason", async () => {
    const rows = await smsContentWarnings(
      "prod",
      {
        TENCENTCLOUD_SECRET_ID: secretId,
        TENCENTCLOUD_SECRET_KEY: secretKey,
        SMS_ENDPOINT: endpoint.url,
      },
      ENVIRONMENTS,
    );
    expect(rows).toEqual([
      'warning  sms-content  verification template "smsverify-login-code" is rejected: Missing signature context (npm run sms -- status prod)',
    ]);
  });

  it("nothing without credentials (no API call at all)", async () => {
    const before = endpoint.requests;
    expect(await smsContentWarnings("prod", { SMS_ENDPOINT: endpoint.url }, ENVIRONMENTS)).toEqual([]);
    expect(endpoint.requests).toBe(before);
  });

  it("an unreadable SMS API is one warning row with code and message", async () => {
    const rows = await smsContentWarnings(
      "prod",
      {
        TENCENTCLOUD_SECRET_ID: secretId,
        TENCENTCLOUD_SECRET_KEY: "wrong",
        SMS_ENDPOINT: endpoint.url,
      },
      ENVIRONMENTS,
    );
    expect(rows).toEqual([
      expect.stringMatching(/^warning {2}sms-content {2}could not read the SMS review state: AuthFailure\.SignatureFailure: /),
    ]);
  });
});

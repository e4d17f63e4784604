// `npm run sms -- status <env>` end to end: the real SMS SDK against the local SMS endpoint double
// (TC3 signature checked), seeded with the review state a console would show.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { smsCommand } from "../../cli/sms";
import { startSmsEndpoint, type SmsEndpoint } from "../support/sms-endpoint";

const secretId = "AKIDstatus0000000000000000000000000";
const secretKey = "status-secret-key-not-real-0000000";

let endpoint: SmsEndpoint;

beforeAll(async () => {
  endpoint = await startSmsEndpoint({ secretId, secretKey });
});
afterAll(() => endpoint.stop());
beforeEach(() => endpoint.reset());

async function run(
  argv: string[],
  env: NodeJS.ProcessEnv = { TENCENTCLOUD_SECRET_ID: secretId, TENCENTCLOUD_SECRET_KEY: secretKey, SMS_ENDPOINT: endpoint.url },
) {
  let stdout = "";
  let stderr = "";
  const code = await smsCommand(argv, env, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The prod entry uses: signature SmsVerifyDemo, managed template smsverify-login-code, campaign template smsverify-spring-festival. */
function seedProd(loginTemplate: { statusCode: 0 | 1 | 2 | -1; reviewReply?: string }, festival: 0 | 1 | 2 | -1 = 0) {
  endpoint.setSigns([
    { signId: 901, signName: "SmsVerifyDemo", international: 0, statusCode: 0 },
    { signId: 902, signName: "OtherBrand", international: 0, statusCode: -1, reviewReply: "not ours" },
  ]);
  endpoint.setTemplates([
    { templateId: 5001, templateName: "smsverify-login-code", international: 0, ...loginTemplate },
    { templateId: 5002, templateName: "smsverify-spring-festival", international: 0, statusCode: festival },
  ]);
}

describe("npm run sms -- status <env>", () => {
  it("exits 0 and lists every piece of content as approved", async () => {
    seedProd({ statusCode: 0 });
    const { code, stdout, stderr } = await run(["status", "prod"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/verification signature\s+"SmsVerifyDemo" \(id 901\)\s+mainland\s+approved/);
    expect(stdout).toMatch(/verification template\s+"smsverify-login-code" \(id 5001\)\s+mainland\s+approved/);
    expect(stdout).toMatch(/campaign template spring-festival\s+"smsverify-spring-festival" \(id 5002\)\s+mainland\s+approved/);
    expect(endpoint.signatureFailures).toBe(0);
  });

  it("shows a rejection with the reviewer's reason and exits 1", async () => {
    seedProd({ statusCode: -1, reviewReply: "Template content must name the app" }, 1);
    const { code, stdout, stderr } = await run(["status", "prod"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /verification template\s+"smsverify-login-code" \(id 5001\)\s+mainland\s+rejected\s+Template content must name the app/,
    );
    expect(stdout).toMatch(/campaign template spring-festival .*under review/);
    expect(stderr).toMatch(/not everything prod uses is approved/);
  });

  it("reports content missing from the account, and approved-but-not-effective as not approved", async () => {
    endpoint.setSigns([{ signId: 1, signName: "SmsVerifyDemo", international: 0, statusCode: 2 }]);
    endpoint.setTemplates([]);
    const { code, stdout } = await run(["status", "staging"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/verification signature\s+"SmsVerifyDemo" \(id 1\)\s+mainland\s+approved, not yet effective/);
    expect(stdout).toMatch(/verification template\s+id 1000000\s+mainland\s+not found/);
  });

  it("pages through long lists (Limit 100, Offset) and accepts the SCF-style credential names", async () => {
    endpoint.setSigns([{ signId: 1, signName: "SmsVerifyDemo", international: 0, statusCode: 0 }]);
    endpoint.setTemplates(
      Array.from({ length: 250 }, (_, i) => ({
        templateId: 1_000_000 - 200 + i,
        templateName: `t${i}`,
        international: 0 as const,
        statusCode: 0 as const,
      })),
    );
    const { code, stdout } = await run(["status", "staging"], {
      TENCENTCLOUD_SECRETID: secretId,
      TENCENTCLOUD_SECRETKEY: secretKey,
      SMS_ENDPOINT: endpoint.url,
    });
    expect(stdout).toMatch(/verification template\s+id 1000000\s+mainland\s+approved/);
    expect(code).toBe(0);
  });

  it("prints an SDK error as code + message (a wrong key is refused by the signature check)", async () => {
    const { code, stdout, stderr } = await run(["status", "prod"], {
      TENCENTCLOUD_SECRET_ID: secretId,
      TENCENTCLOUD_SECRET_KEY: "wrong-key",
      SMS_ENDPOINT: endpoint.url,
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^sms: error \[AuthFailure\.SignatureFailure\]: The provided credentials could not be validated/);
    expect(endpoint.signatureFailures).toBe(1);
  });

  it("names missing credentials without printing any value", async () => {
    const none = await run(["status", "prod"], { SMS_ENDPOINT: endpoint.url });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(
      /^sms: error \[CREDENTIALS_MISSING\]: no API key: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY/,
    );
    const half = await run(["status", "prod"], { TENCENTCLOUD_SECRET_ID: secretId });
    expect(half.stderr).toMatch(
      /^sms: error \[CREDENTIALS_MISSING\]: TENCENTCLOUD_SECRET_KEY is not set \(TENCENTCLOUD_SECRET_ID is\)/,
    );
    expect(half.stderr).not.toContain(secretId);
  });

  it("--help exits 0; unknown options, commands and environments exit 64", async () => {
    expect(await run(["--help"])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^usage: npm run sms -- status <env>/),
    });
    expect(await run(["status", "prod", "--verbose"])).toMatchObject({
      code: 64,
      stderr: expect.stringMatching(/unknown option --verbose/),
    });
    expect(await run(["approve", "prod"])).toMatchObject({
      code: 64,
      stderr: expect.stringMatching(/unknown command "approve"/),
    });
    expect(await run(["status", "qa"])).toMatchObject({
      code: 64,
      stderr: expect.stringMatching(/no environment "qa"; known: dev, staging, prod/),
    });
    expect(await run(["status"])).toMatchObject({ code: 64 });
  });

  it("runs as `npm run sms` (the package script) against the double", async () => {
    seedProd({ statusCode: 1 });
    const root = resolve(__dirname, "..", "..");
    const result = await promisify(execFile)("npx", ["--no-install", "tsx", "cli/sms.ts", "status", "prod"], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TENCENTCLOUD_SECRET_ID: secretId,
        TENCENTCLOUD_SECRET_KEY: secretKey,
        SMS_ENDPOINT: endpoint.url,
      },
    }).then(
      () => ({ code: 0, stdout: "" }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/verification template\s+"smsverify-login-code" \(id 5001\)\s+mainland\s+under review/);
  }, 60_000);
});

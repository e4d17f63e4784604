// `npm run keys` reads the deployer's key under either spelling the other CLIs accept, and a
// Secrets Manager it cannot reach is reported with the transport's own reason, in the shared format.
import { createServer } from "node:net";
import { main } from "../../cli/keys";
import { emptyKeySet } from "../../functions/verification/tokens/key-set";
import { startSsmEndpoint, type SsmEndpoint } from "../support/ssm-endpoint";

const deployer = { secretId: "AKIDkeysSpelling0001", secretKey: "keys-spelling-secret" };
const secretName = "smsverify-dev-signing-keys";
let ssm: SsmEndpoint;

beforeAll(async () => {
  ssm = await startSsmEndpoint({ credentials: [deployer] });
  ssm.putSecret(secretName, JSON.stringify(emptyKeySet));
});
afterAll(() => ssm.stop());

async function keys(argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, env, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it("accepts TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY as plan, sms and campaign do", async () => {
  const result = await keys(["status", "dev"], {
    TENCENTCLOUD_SECRETID: deployer.secretId,
    TENCENTCLOUD_SECRETKEY: deployer.secretKey,
    SSM_ENDPOINT: ssm.url,
  });
  expect(result).toMatchObject({ code: 0, stderr: "" });
  expect(result.stdout).toContain(`${secretName}: no keys yet`);
  expect(ssm.signatureFailures).toBe(0);
});

it("without any key pair: one CREDENTIALS_MISSING line naming both spellings, no API call", async () => {
  const before = ssm.requests;
  const result = await keys(["status", "dev"], { SSM_ENDPOINT: ssm.url });
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(
    "keys: error [CREDENTIALS_MISSING]: no API key: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (or TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY)\n",
  );
  expect(ssm.requests).toBe(before);
});

it("an unreachable Secrets Manager names the underlying cause", async () => {
  const port = await closedPort();
  const result = await keys(["status", "dev"], {
    TENCENTCLOUD_SECRET_ID: deployer.secretId,
    TENCENTCLOUD_SECRET_KEY: deployer.secretKey,
    SSM_ENDPOINT: `http://127.0.0.1:${port}`,
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(
    new RegExp(`^keys: error \\[NetworkError\\]: Secrets Manager unreachable for ${secretName}: .*ECONNREFUSED`),
  );
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
});

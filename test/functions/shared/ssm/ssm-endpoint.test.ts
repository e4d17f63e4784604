// The Secrets Manager endpoint double checks requests the way the provider would: the real SDK's
// TC3 signature (service "ssm"), the session token, and refuses anything changed on the way.
import { credentialFromScfEnvironment } from "../../../../functions/shared/tencent/credential";
import { SecretsManager, SecretsManagerError } from "../../../../functions/shared/ssm/secrets-manager";
import { startSsmEndpoint, type SsmEndpoint } from "../../../support/ssm-endpoint";
import { startTamperingProxy, type InterceptedRequest } from "../sms/tampering-proxy";

const role = {
  secretId: "AKIDssmEndpointRoleKey01",
  secretKey: "ssm-endpoint-role-secret",
  sessionToken: "ssm-role-session-token",
};
const env: NodeJS.ProcessEnv = {
  TENCENTCLOUD_SECRETID: role.secretId,
  TENCENTCLOUD_SECRETKEY: role.secretKey,
  TENCENTCLOUD_SESSIONTOKEN: role.sessionToken,
};
const secretValue = JSON.stringify({ codePepper: "endpoint-test-pepper-0123456789" });

let endpoint: SsmEndpoint;

beforeAll(async () => {
  endpoint = await startSsmEndpoint({ credentials: [role] });
  endpoint.putSecret("app-verification", secretValue);
});

afterAll(() => endpoint.stop());

function client(url: string, credentialEnv: NodeJS.ProcessEnv = env): SecretsManager {
  return new SecretsManager(
    { region: "ap-guangzhou", endpoint: url, timeoutSeconds: 2 },
    credentialFromScfEnvironment(credentialEnv),
  );
}

async function readThrough(tamper: (r: InterceptedRequest) => InterceptedRequest): Promise<unknown> {
  const proxy = await startTamperingProxy(endpoint.url, tamper);
  try {
    return await client(proxy.url)
      .getSecretString("app-verification", "current")
      .catch((error: unknown) => error);
  } finally {
    await proxy.stop();
  }
}

it("serves GetSecretValue to the real SDK signed with the role's key and session token", async () => {
  await expect(client(endpoint.url).getSecretString("app-verification", "current")).resolves.toBe(secretValue);
  expect(endpoint.signatureFailures).toBe(0);
  expect(endpoint.reads).toContain("app-verification");
});

it("accepts an untouched request relayed by a proxy (control case)", async () => {
  await expect(readThrough((r) => r)).resolves.toBe(secretValue);
});

it("refuses a request whose body was changed after signing (another secret asked for)", async () => {
  const failuresBefore = endpoint.signatureFailures;
  const result = await readThrough((r) => ({
    ...r,
    body: Buffer.from(r.body.toString("utf8").replace("app-verification", "app-verificatioX")),
  }));
  expect(result).toBeInstanceOf(SecretsManagerError);
  expect((result as SecretsManagerError).code).toBe("AuthFailure.SignatureFailure");
  expect(endpoint.signatureFailures).toBe(failuresBefore + 1);
});

it("refuses a changed timestamp and a stripped session token", async () => {
  const shifted = await readThrough((r) => ({
    ...r,
    headers: { ...r.headers, "x-tc-timestamp": String(Number(r.headers["x-tc-timestamp"]) - 1) },
  }));
  expect((shifted as SecretsManagerError).code).toBe("AuthFailure.SignatureFailure");
  const token = await readThrough((r) => {
    const headers = { ...r.headers };
    delete headers["x-tc-token"];
    return { ...r, headers };
  });
  expect((token as SecretsManagerError).code).toBe("AuthFailure.TokenFailure");
});

it("refuses a wrong secret key and an unknown secret", async () => {
  const wrongKey = await client(endpoint.url, { ...env, TENCENTCLOUD_SECRETKEY: "not-the-key" })
    .getSecretString("app-verification", "current")
    .catch((error: unknown) => error);
  expect((wrongKey as SecretsManagerError).code).toBe("AuthFailure.SignatureFailure");
  const missing = await client(endpoint.url)
    .getSecretString("nope", "current")
    .catch((error: unknown) => error);
  expect(missing).toMatchObject({ code: "ResourceNotFound", transient: false });
});

it("reports transport failures with stable codes and no secret in the message", async () => {
  endpoint.setBehaviour({ kind: "httpError", status: 502 }, { times: 1 });
  const http = await client(endpoint.url)
    .getSecretString("app-verification", "current")
    .catch((error: unknown) => error);
  expect(http).toMatchObject({ code: "HttpStatus502", transient: true });
  const down = await client("http://127.0.0.1:9")
    .getSecretString("app-verification", "current")
    .catch((error: unknown) => error);
  expect(down).toMatchObject({ code: "NetworkError", transient: true });
  expect(String((down as Error).message)).not.toContain("pepper");
});

it("updates a secret version for a deployer credential without a session token", async () => {
  const deployer = { secretId: "AKIDssmEndpointDeployer1", secretKey: "deployer-secret-key" };
  endpoint.setCredentials([role, deployer]);
  const cli = client(endpoint.url, { TENCENTCLOUD_SECRETID: deployer.secretId, TENCENTCLOUD_SECRETKEY: deployer.secretKey });
  await cli.updateSecretString("app-verification", "current", '{"codePepper":"rotated-pepper-0123456789"}');
  expect(endpoint.secretString("app-verification")).toBe('{"codePepper":"rotated-pepper-0123456789"}');
  expect(endpoint.updates).toEqual(["app-verification"]);
  endpoint.putSecret("app-verification", secretValue);
});

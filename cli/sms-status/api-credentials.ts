// The deployer's Tencent Cloud API key for tools run from a terminal or CI: either the names
// Terraform and most CLIs use (TENCENTCLOUD_SECRET_ID / _SECRET_KEY / _SESSION_TOKEN) or the ones
// SCF injects (TENCENTCLOUD_SECRETID / _SECRETKEY / _SESSIONTOKEN). A half-set pair is an error
// naming the missing variable; values are never printed.

export interface ApiCredential {
  secretId: string;
  secretKey: string;
  token?: string;
}

export class CredentialError extends Error {
  readonly code = "CREDENTIALS_MISSING";
  constructor(message: string) {
    super(message);
    this.name = "CredentialError";
  }
}

const PAIRS = [
  { id: "TENCENTCLOUD_SECRET_ID", key: "TENCENTCLOUD_SECRET_KEY", token: "TENCENTCLOUD_SESSION_TOKEN" },
  { id: "TENCENTCLOUD_SECRETID", key: "TENCENTCLOUD_SECRETKEY", token: "TENCENTCLOUD_SESSIONTOKEN" },
] as const;

/** The first complete pair, or undefined when neither pair is set at all. */
export function apiCredentialFrom(env: NodeJS.ProcessEnv): ApiCredential | undefined {
  for (const pair of PAIRS) {
    const secretId = env[pair.id]?.trim() ?? "";
    const secretKey = env[pair.key]?.trim() ?? "";
    if (secretId && secretKey) {
      const token = env[pair.token]?.trim();
      return token ? { secretId, secretKey, token } : { secretId, secretKey };
    }
    if (secretId || secretKey)
      throw new CredentialError(`${secretId ? pair.key : pair.id} is not set (${secretId ? pair.id : pair.key} is)`);
  }
  return undefined;
}

export function requireApiCredential(env: NodeJS.ProcessEnv): ApiCredential {
  const credential = apiCredentialFrom(env);
  if (!credential) {
    throw new CredentialError(
      "no API key: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (or TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY)",
    );
  }
  return credential;
}

// Role credentials for the Tencent SMS API inside SCF.
// SCF injects the execution role's temporary key as TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY /
// TENCENTCLOUD_SESSIONTOKEN (not the names the SDK's own environment provider reads), and rotates
// them while a container stays warm — so the provider re-reads the environment on every call.

export interface SmsCredential {
  secretId: string;
  secretKey: string;
  /** Session token of a temporary (role) credential; sent as X-TC-Token. */
  token?: string;
}

export const credentialVariables = {
  secretId: "TENCENTCLOUD_SECRETID",
  secretKey: "TENCENTCLOUD_SECRETKEY",
  sessionToken: "TENCENTCLOUD_SESSIONTOKEN",
} as const;

/** Raised when the environment does not hold a usable credential; names the variables, never values. */
export class SmsCredentialError extends Error {
  readonly code = "CredentialMissing";
  constructor(readonly missing: string[]) {
    super(
      `SMS credentials unavailable: ${missing.join(", ")} not set. ` +
        "In SCF, attach an execution role to the function; locally, export them yourself.",
    );
    this.name = "SmsCredentialError";
  }
}

/**
 * Returns a provider that reads the SCF role credential from `env` each time it is called.
 * The env object is captured by reference, so a rotated key is picked up by the next call.
 */
export function credentialFromScfEnvironment(env: NodeJS.ProcessEnv = process.env): () => SmsCredential {
  return () => {
    const secretId = env[credentialVariables.secretId]?.trim() ?? "";
    const secretKey = env[credentialVariables.secretKey]?.trim() ?? "";
    const token = env[credentialVariables.sessionToken]?.trim() ?? "";
    const missing: string[] = [];
    if (!secretId) missing.push(credentialVariables.secretId);
    if (!secretKey) missing.push(credentialVariables.secretKey);
    if (missing.length > 0) throw new SmsCredentialError(missing);
    return token ? { secretId, secretKey, token } : { secretId, secretKey };
  };
}

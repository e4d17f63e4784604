// Role credentials for the Tencent SMS API inside SCF.
// SCF injects the execution role's temporary key as TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY /
// TENCENTCLOUD_SESSIONTOKEN (not the names the SDK's own environment provider reads), and rotates
// them while a container stays warm — so the provider re-reads the environment on every call.
// The operator CLIs (campaign, …) read the same function, so on a workstation they also accept
// Terraform's spelling TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY /
// TENCENTCLOUD_SECURITY_TOKEN: one exported key pair serves `npm run plan` and the CLIs alike.

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

/** Terraform's (and the tencentcloud provider's) names for the same credential. */
export const terraformCredentialVariables = {
  secretId: "TENCENTCLOUD_SECRET_ID",
  secretKey: "TENCENTCLOUD_SECRET_KEY",
  sessionToken: "TENCENTCLOUD_SECURITY_TOKEN",
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
    const read = (name: string): string => env[name]?.trim() ?? "";
    // One spelling supplies the whole credential (never an id of one and a key of the other):
    // SCF's when any of its variables is set, else Terraform's when any of those is.
    const scfSet = Boolean(read(credentialVariables.secretId) || read(credentialVariables.secretKey));
    const terraformSet = Boolean(read(terraformCredentialVariables.secretId) || read(terraformCredentialVariables.secretKey));
    const names = !scfSet && terraformSet ? terraformCredentialVariables : credentialVariables;
    const secretId = read(names.secretId);
    const secretKey = read(names.secretKey);
    const token = read(names.sessionToken);
    const missing: string[] = [];
    if (!secretId) missing.push(names.secretId);
    if (!secretKey) missing.push(names.secretKey);
    if (!scfSet && !terraformSet)
      missing.push(`(or ${terraformCredentialVariables.secretId}, ${terraformCredentialVariables.secretKey})`);
    if (missing.length > 0) throw new SmsCredentialError(missing);
    return token ? { secretId, secretKey, token } : { secretId, secretKey };
  };
}

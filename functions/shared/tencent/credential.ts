// The Tencent Cloud API credential every adapter signs with (SMS, Secrets Manager, Captcha, COS),
// and the two places it comes from.
//
// In SCF: the execution role's temporary key, injected as TENCENTCLOUD_SECRETID /
// TENCENTCLOUD_SECRETKEY / TENCENTCLOUD_SESSIONTOKEN (not the names the SDK's own environment
// provider reads) and rotated while a container stays warm, so `credentialFromScfEnvironment`
// re-reads the environment on every call. The campaign CLI reads the same function, so it also
// accepts Terraform's spelling TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY /
// TENCENTCLOUD_SECURITY_TOKEN: one exported key pair serves `npm run plan` and the CLIs alike.
//
// On a workstation or in CI: the deployer's key, read once by the operator CLIs (`keys`, `sms`,
// `guard`, `insights`, `apply`) through `deployerCredentialFrom`, Terraform's spelling first.
//
// One spelling always supplies the whole credential (never an id of one and a key of the other),
// and errors name variables, never values.

export interface TencentCredential {
  secretId: string;
  secretKey: string;
  /** Session token of a temporary (role) credential; sent as X-TC-Token. */
  token?: string;
}

/** Called for each request, so a rotated role key is used as soon as SCF injects it. */
export type CredentialSource = () => TencentCredential;

/** The names SCF injects the execution role's key under. */
export const scfCredentialVariables = {
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

/**
 * The operator CLIs' spellings, in the order they are tried. With Terraform's key pair the token is
 * Terraform's TENCENTCLOUD_SECURITY_TOKEN (the same exported credential runs terraform in plan and
 * apply), else TENCENTCLOUD_SESSION_TOKEN, the name earlier versions of these docs gave.
 */
const deployerSpellings = [
  { ...terraformCredentialVariables, sessionTokens: [terraformCredentialVariables.sessionToken, "TENCENTCLOUD_SESSION_TOKEN"] },
  { ...scfCredentialVariables, sessionTokens: [scfCredentialVariables.sessionToken] },
] as const;

/** Raised when the environment does not hold a usable credential; names the variables, never values. */
export class TencentCredentialError extends Error {
  readonly code = "CredentialMissing";
  constructor(readonly missing: string[]) {
    super(
      `Tencent Cloud credentials unavailable: ${missing.join(", ")} not set. ` +
        "In SCF, attach an execution role to the function; locally, export them yourself.",
    );
    this.name = "TencentCredentialError";
  }
}

/** An operator CLI found no usable key pair; the CLIs print it as `error [CREDENTIALS_MISSING]`. */
export class DeployerCredentialError extends Error {
  readonly code = "CREDENTIALS_MISSING";
  constructor(message: string) {
    super(message);
    this.name = "DeployerCredentialError";
  }
}

const reader = (env: NodeJS.ProcessEnv) => (name: string) => env[name]?.trim() ?? "";

function credentialOf(secretId: string, secretKey: string, token: string): TencentCredential {
  return token ? { secretId, secretKey, token } : { secretId, secretKey };
}

/**
 * Returns a provider that reads the SCF role credential from `env` each time it is called.
 * The env object is captured by reference, so a rotated key is picked up by the next call.
 */
export function credentialFromScfEnvironment(env: NodeJS.ProcessEnv = process.env): CredentialSource {
  const read = reader(env);
  return () => {
    // SCF's spelling when any of its variables is set, else Terraform's when any of those is.
    const scfSet = Boolean(read(scfCredentialVariables.secretId) || read(scfCredentialVariables.secretKey));
    const terraformSet = Boolean(read(terraformCredentialVariables.secretId) || read(terraformCredentialVariables.secretKey));
    const names = !scfSet && terraformSet ? terraformCredentialVariables : scfCredentialVariables;
    const secretId = read(names.secretId);
    const secretKey = read(names.secretKey);
    const missing: string[] = [];
    if (!secretId) missing.push(names.secretId);
    if (!secretKey) missing.push(names.secretKey);
    if (!scfSet && !terraformSet)
      missing.push(`(or ${terraformCredentialVariables.secretId}, ${terraformCredentialVariables.secretKey})`);
    if (missing.length > 0) throw new TencentCredentialError(missing);
    return credentialOf(secretId, secretKey, read(names.sessionToken));
  };
}

/** The deployer's first complete key pair, or undefined when neither spelling is set at all. */
export function deployerCredentialFrom(env: NodeJS.ProcessEnv): TencentCredential | undefined {
  const read = reader(env);
  for (const names of deployerSpellings) {
    const secretId = read(names.secretId);
    const secretKey = read(names.secretKey);
    if (secretId && secretKey) {
      const token = names.sessionTokens.map(read).find(Boolean) ?? "";
      return credentialOf(secretId, secretKey, token);
    }
    if (secretId || secretKey)
      throw new DeployerCredentialError(
        `${secretId ? names.secretKey : names.secretId} is not set (${secretId ? names.secretId : names.secretKey} is)`,
      );
  }
  return undefined;
}

export function requireDeployerCredential(env: NodeJS.ProcessEnv): TencentCredential {
  const credential = deployerCredentialFrom(env);
  if (!credential) {
    throw new DeployerCredentialError(
      "no API key: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (or TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY)",
    );
  }
  return credential;
}

// Where the function's secrets come from. In SCF: Secrets Manager, with the role's rotating
// credential (read on every call). For `npm run dev` and tests only: the process environment, an
// explicit choice (SECRETS_SOURCE=local) that config.ts refuses inside SCF and that the SCF entry
// point (index.ts) cannot select at all.
import { credentialFromScfEnvironment } from "../../shared/tencent/credential";
import { SecretsManager, SecretsManagerError } from "../../shared/ssm/secrets-manager";
import { emptyKeySet, generateSigningKey, parseKeySetDocument, type KeySetDocument } from "../tokens/key-set";
import {
  checkRuntimeSecrets,
  localVariableName,
  parseRuntimeSecrets,
  secretVersionId,
  type RuntimeSecrets,
} from "./secret-layout";
import { redisPasswordFrom, type RedisPasswordSecret } from "./redis-password-secret";

export interface SecretsSource {
  /** "ssm" or "local", for log lines. */
  readonly kind: "ssm" | "local";
  loadRuntimeSecrets(): Promise<RuntimeSecrets>;
  loadKeySet(): Promise<KeySetDocument>;
}

/**
 * The secrets could not be read (reason "unavailable": SSM unreachable, throttled, credential
 * missing → 503) or were read but are unusable (reason "invalid": missing field, bad JSON, access
 * denied → 500). The message names secrets and fields, never values.
 */
export class SecretsUnavailableError extends Error {
  constructor(
    readonly reason: "unavailable" | "invalid",
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "SecretsUnavailableError";
  }
}

export interface SsmSourceConfig {
  region: string;
  endpoint?: string;
  timeoutSeconds: number;
  runtimeSecretName: string;
  signingKeysSecretName: string;
  /** A brought Redis: the operator's secret holding its password (redis-password-secret.ts). */
  redisPasswordSecret?: RedisPasswordSecret;
}

const deploymentErrors =
  /^(EmptySecret|ResourceNotFound|InvalidParameter|UnauthorizedOperation|AuthFailure\.UnauthorizedOperation|OperationDenied)/;

export class SsmSecretsSource implements SecretsSource {
  readonly kind = "ssm";
  private readonly ssm: SecretsManager;

  constructor(
    private readonly config: SsmSourceConfig,
    env: NodeJS.ProcessEnv,
  ) {
    this.ssm = new SecretsManager(
      { region: config.region, endpoint: config.endpoint, timeoutSeconds: config.timeoutSeconds },
      credentialFromScfEnvironment(env),
    );
  }

  async loadRuntimeSecrets(): Promise<RuntimeSecrets> {
    const name = this.config.runtimeSecretName;
    const passwordSecret = this.config.redisPasswordSecret;
    // Both reads at once: a brought Redis's password costs no extra latency at cold start.
    const [text, passwordText] = await Promise.all([
      this.read(name),
      passwordSecret ? this.read(passwordSecret.name, passwordSecret.versionId) : undefined,
    ]);
    const parsed = parseRuntimeSecrets(text, `SSM secret ${name}`);
    if (!parsed.ok) throw new SecretsUnavailableError("invalid", "SecretMalformed", parsed.problems.join("; "));
    if (!passwordSecret || passwordText === undefined) return parsed.value;
    const password = redisPasswordFrom(passwordText, passwordSecret);
    if (!password.ok) throw new SecretsUnavailableError("invalid", "SecretMalformed", password.problem);
    return { ...parsed.value, redisPassword: password.password };
  }

  async loadKeySet(): Promise<KeySetDocument> {
    const name = this.config.signingKeysSecretName;
    const parsed = parseKeySetDocument(await this.read(name), `SSM secret ${name}`);
    if (!parsed.ok) throw new SecretsUnavailableError("invalid", "SecretMalformed", parsed.problems.join("; "));
    return parsed.value;
  }

  private async read(name: string, versionId = secretVersionId): Promise<string> {
    try {
      return await this.ssm.getSecretString(name, versionId);
    } catch (error) {
      if (error instanceof SecretsManagerError) {
        // Not found / access denied / empty will not heal by retrying: the deployment is wrong (500).
        // Everything else (transport, throttling, an expiring role key) is worth a retry (503).
        const invalid = deploymentErrors.test(error.code);
        throw new SecretsUnavailableError(
          invalid ? "invalid" : "unavailable",
          error.code,
          `ssm GetSecretValue ${name}: ${error.code}`,
        );
      }
      throw error;
    }
  }
}

/**
 * Reads each runtime secret field from its variable (CODE_PEPPER, REDIS_PASSWORD, …) and the key set
 * from SIGNING_KEYS (a key-set JSON document). Without SIGNING_KEYS a throw-away key is generated
 * per process, so tokens from a previous `npm run dev` stop verifying after a restart.
 */
export class LocalSecretsSource implements SecretsSource {
  readonly kind = "local";
  private readonly generated: KeySetDocument;

  constructor(private readonly env: NodeJS.ProcessEnv) {
    this.generated = { ...emptyKeySet, keys: [generateSigningKey("current", new Date())] };
  }

  async loadRuntimeSecrets(): Promise<RuntimeSecrets> {
    const checked = checkRuntimeSecrets(this.env, "local secrets", localVariableName, { rejectUnknown: false });
    if (!checked.ok) throw new SecretsUnavailableError("invalid", "SecretMalformed", checked.problems.join("; "));
    return checked.value;
  }

  async loadKeySet(): Promise<KeySetDocument> {
    const text = this.env.SIGNING_KEYS?.trim();
    if (!text) return this.generated;
    const parsed = parseKeySetDocument(text, "SIGNING_KEYS");
    if (!parsed.ok) throw new SecretsUnavailableError("invalid", "SecretMalformed", parsed.problems.join("; "));
    return parsed.value;
  }
}

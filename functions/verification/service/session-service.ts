// Sessions after a verified code: an ES256 access token plus an opaque rotating refresh token.
// Login: `begin()` prepares the refresh-token family the code store creates together with the code
// match, `finish()` signs the access token. Refresh rotates the family's token (reuse of a retired
// one revokes the family); logout revokes it. Clock and signing key are injected.
import { StoreUnavailableError } from "../store/code-store";
import type { NewSession } from "../store/code-store";
import type { SessionStore } from "../store/session-store";
import { signAccessToken, type AccessTokenSettings, type SigningKey } from "../tokens/access-token";
import { familyOf, hashRefreshToken, inFamily, newRefreshFamily } from "../tokens/refresh-token";
import type { IssuedSession, Outcome } from "./outcomes";

export interface SessionSettings {
  access: AccessTokenSettings;
  refreshTtlSeconds: number;
}

export interface SessionServiceDeps {
  store: SessionStore;
  settings: SessionSettings;
  /** The key that signs now (the key set's current one), read per request: keys rotate. */
  signingKey: () => SigningKey | undefined;
  clock?: () => Date;
}

/** A login's session, decided before the code is checked so store and token agree. */
export interface PlannedSession {
  newSession: NewSession;
  refreshToken: string;
  key: SigningKey;
}

export interface SessionResult {
  outcome: Outcome;
  /** E.164 phone of the session, for the (masked) request log. */
  phone?: string;
}

export class SessionService {
  private readonly clock: () => Date;

  constructor(private readonly deps: SessionServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** undefined when there is no signing key: the login must not consume the code then. */
  begin(): PlannedSession | undefined {
    const key = this.deps.signingKey();
    if (!key) return undefined;
    const { familyId, token } = newRefreshFamily();
    return {
      key,
      refreshToken: token,
      newSession: { familyId, tokenHash: hashRefreshToken(token), ttlSeconds: this.deps.settings.refreshTtlSeconds },
    };
  }

  async finish(phone: string, plan: PlannedSession): Promise<IssuedSession> {
    return this.issue(phone, plan.refreshToken, plan.key);
  }

  async refresh(presented: string): Promise<SessionResult> {
    const familyId = familyOf(presented);
    if (!familyId) return { outcome: { kind: "invalidRefreshToken" } };
    const key = this.deps.signingKey();
    if (!key) return { outcome: { kind: "signingKeyMissing" } };
    const next = inFamily(familyId);
    try {
      const rotated = await this.deps.store.rotate(
        familyId,
        hashRefreshToken(presented),
        hashRefreshToken(next.token),
        this.deps.settings.refreshTtlSeconds,
      );
      switch (rotated.kind) {
        case "rotated":
          return {
            phone: rotated.phone,
            outcome: { kind: "refreshed", session: await this.issue(rotated.phone, next.token, key) },
          };
        case "reused":
          return { outcome: { kind: "refreshTokenReused" } };
        default:
          return { outcome: { kind: "invalidRefreshToken" } };
      }
    } catch (error) {
      return { outcome: unavailableOr(error) };
    }
  }

  async logout(presented: string): Promise<SessionResult> {
    const familyId = familyOf(presented);
    if (!familyId) return { outcome: { kind: "invalidRefreshToken" } };
    try {
      const revoked = await this.deps.store.revoke(familyId, hashRefreshToken(presented));
      if (revoked.kind === "invalid") return { outcome: { kind: "invalidRefreshToken" } };
      return { phone: revoked.phone, outcome: { kind: "loggedOut" } };
    } catch (error) {
      return { outcome: unavailableOr(error) };
    }
  }

  private async issue(phone: string, refreshToken: string, key: SigningKey): Promise<IssuedSession> {
    const access = await signAccessToken(phone, this.clock(), this.deps.settings.access, key);
    return {
      accessToken: access.token,
      expiresIn: access.expiresIn,
      refreshToken,
      refreshExpiresIn: this.deps.settings.refreshTtlSeconds,
    };
  }
}

function unavailableOr(error: unknown): Outcome {
  if (error instanceof StoreUnavailableError) return { kind: "storeUnavailable", cause: error.causeClass };
  throw error;
}

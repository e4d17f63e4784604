// Sessions after a verified code: an ES256 access token plus an opaque rotating refresh token.
// Login: `begin()` prepares the refresh-token family the code store creates together with the code
// match, `finish()` signs the access token. Refresh rotates the family's token (reuse of a retired
// one revokes the family); logout revokes it. Clock and signing key are injected.
import { StoreUnavailableError } from "../store/code-store";
import type { NewSession } from "../store/code-store";
import type { SessionStore } from "../store/session-store";
import { signAccessToken, type AccessTokenSettings, type SigningKey } from "../tokens/access-token";
import { familyOf, hashRefreshToken, inFamily, newRefreshFamily } from "../tokens/refresh-token";
import { randomBase64url } from "../tokens/token-entropy";
import { idempotencyScope, openSession, sealSession, type IdempotencyScope } from "./idempotency";
import type { IssuedSession, Outcome } from "./outcomes";

/** A refresh-token family's absolute lifetime unless configured (REFRESH_FAMILY_LIFETIME_SECONDS). */
export const defaultFamilyLifetimeSeconds = 90 * 86400;

export interface SessionSettings {
  access: AccessTokenSettings;
  refreshTtlSeconds: number;
  /** A family's absolute lifetime: after it a login is needed, however often it was refreshed. */
  familyLifetimeSeconds?: number;
  /** How long a refresh's Idempotency-Key record is kept (its replay window). */
  idempotencyTtlSeconds?: number;
}

export interface SessionServiceDeps {
  store: SessionStore;
  settings: SessionSettings;
  /** The key that signs now (the key set's current one), read per request: keys rotate. */
  signingKey: () => SigningKey | "stale" | undefined;
  /** Keys idempotency fingerprints and seals (the code pepper); without it keys are ignored. */
  pepper?: string;
  clock?: () => Date;
}

/** A login's session, decided before the code is checked so store and token agree. */
export interface PlannedSession {
  newSession: NewSession;
  refreshToken: string;
  key: SigningKey;
  /** The access token's iat and jti, fixed up front so an idempotency record can replay them. */
  issuedAt: Date;
  tokenId: string;
}

/** What a replayed login or refresh can hand back. */
export type ReplayedSession =
  | { kind: "session"; phone: string; session: IssuedSession }
  /** No key may sign now: none (500), or one a rotation this container could not see may have dropped (503). */
  | { kind: "refused"; outcome: Outcome }
  /** The record does not open with this request's seal key. */
  | { kind: "unopened" };

export interface SessionResult {
  outcome: Outcome;
  /** E.164 phone of the session, for the (masked) request log. */
  phone?: string;
  /** The outcome comes from the request's Idempotency-Key record, not from running it again. */
  replayed?: true;
}

export class SessionService {
  private readonly clock: () => Date;

  constructor(private readonly deps: SessionServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /**
   * undefined when there is no signing key, "stale" when the container's key may have been dropped
   * by a rotation it could not see: the login must not consume the code then.
   */
  begin(): PlannedSession | "stale" | undefined {
    const key = this.deps.signingKey();
    if (!key || key === "stale") return key;
    const { familyId, token } = newRefreshFamily();
    const issuedAt = this.clock();
    const lifetime = this.familyLifetimeSeconds();
    return {
      key,
      refreshToken: token,
      newSession: {
        familyId,
        tokenHash: hashRefreshToken(token),
        ttlSeconds: Math.min(this.deps.settings.refreshTtlSeconds, lifetime),
        endsAtMs: issuedAt.getTime() + lifetime * 1000,
      },
      issuedAt,
      tokenId: randomBase64url(16),
    };
  }

  async finish(phone: string, plan: PlannedSession): Promise<IssuedSession> {
    return this.issue(phone, plan.refreshToken, plan.key, plan.issuedAt, plan.tokenId, plan.newSession.ttlSeconds);
  }

  private familyLifetimeSeconds(): number {
    return this.deps.settings.familyLifetimeSeconds ?? defaultFamilyLifetimeSeconds;
  }

  /** The tokens of a planned login, sealed for its idempotency record. */
  seal(scope: IdempotencyScope, phone: string, plan: PlannedSession): string {
    return sealSession(scope, {
      phone,
      refreshToken: plan.refreshToken,
      refreshExpiresIn: plan.newSession.ttlSeconds,
      endsAtMs: plan.newSession.endsAtMs,
      issuedAt: Math.floor(plan.issuedAt.getTime() / 1000),
      tokenId: plan.tokenId,
    });
  }

  /**
   * The tokens a replayed login or refresh hands back: the same refresh token, and the access token
   * signed again with the same claims (iat, exp, jti) by the key that may sign now — read again
   * here: the key checked before the request's script may have passed its drop time meanwhile.
   */
  async replay(scope: IdempotencyScope, sealed: string, phone?: string, refreshExpiresIn?: number): Promise<ReplayedSession> {
    const opened = openSession(scope, sealed);
    if (!opened) return { kind: "unopened" };
    const key = this.signingKeyOrRefusal();
    if ("outcome" in key) return { kind: "refused", outcome: key.outcome };
    const session = await this.issue(
      phone ?? opened.phone,
      opened.refreshToken,
      key,
      new Date(opened.issuedAt * 1000),
      opened.tokenId,
      refreshExpiresIn ?? opened.refreshExpiresIn,
    );
    return { kind: "session", phone: phone ?? opened.phone, session };
  }

  /** The key that may sign now, or the outcome to answer without one. */
  private signingKeyOrRefusal(): SigningKey | { outcome: Outcome } {
    const key = this.deps.signingKey();
    if (!key) return { outcome: { kind: "signingKeyMissing" } };
    if (key === "stale") return { outcome: { kind: "storeUnavailable", cause: "secrets" } };
    return key;
  }

  /** The family a sealed login session belongs to (a cluster creates it on replay if it is missing). */
  sealedFamily(scope: IdempotencyScope, sealed: string): NewSession | undefined {
    const opened = openSession(scope, sealed);
    const familyId = opened && familyOf(opened.refreshToken);
    if (!opened || !familyId) return undefined;
    return {
      familyId,
      tokenHash: hashRefreshToken(opened.refreshToken),
      ttlSeconds: opened.refreshExpiresIn,
      endsAtMs: opened.endsAtMs ?? opened.issuedAt * 1000 + this.familyLifetimeSeconds() * 1000,
    };
  }

  async refresh(presented: string, idempotencyKey?: string): Promise<SessionResult> {
    const familyId = familyOf(presented);
    if (!familyId) return { outcome: { kind: "invalidRefreshToken" } };
    const key = this.signingKeyOrRefusal();
    if ("outcome" in key) return { outcome: key.outcome };
    const next = inFamily(familyId);
    const { pepper, settings } = this.deps;
    const scope =
      pepper === undefined
        ? undefined
        : idempotencyScope(pepper, "refresh", idempotencyKey, [presented], settings.idempotencyTtlSeconds ?? 600);
    const issuedAt = this.clock();
    const tokenId = randomBase64url(16);
    try {
      const rotated = await this.deps.store.rotate({
        familyId,
        presentedHash: hashRefreshToken(presented),
        nextHash: hashRefreshToken(next.token),
        ttlSeconds: settings.refreshTtlSeconds,
        nowMs: issuedAt.getTime(),
        lifetimeSeconds: this.familyLifetimeSeconds(),
        // The phone is not known before the script: the record keeps it beside the seal.
        idempotency: scope && {
          ...scope.record,
          sealed: sealSession(scope, {
            phone: "",
            refreshToken: next.token,
            refreshExpiresIn: settings.refreshTtlSeconds,
            issuedAt: Math.floor(issuedAt.getTime() / 1000),
            tokenId,
          }),
        },
      });
      switch (rotated.kind) {
        case "rotated":
          return {
            phone: rotated.phone,
            outcome: {
              kind: "refreshed",
              session: await this.issue(rotated.phone, next.token, key, issuedAt, tokenId, rotated.expiresInSeconds),
            },
          };
        case "reused":
          return { outcome: { kind: "refreshTokenReused" } };
        case "replayed": {
          if (rotated.outcome === "reused") return { outcome: { kind: "refreshTokenReused" }, replayed: true };
          // The record keeps "<phone> <seconds the new token lives>".
          const [phone, secondsLeft] = rotated.value.split(" ");
          const replayed = scope && (await this.replay(scope, rotated.sealed, phone, Number(secondsLeft)));
          if (replayed?.kind === "refused") return { outcome: replayed.outcome };
          if (replayed?.kind !== "session") return { outcome: { kind: "idempotencyKeyReused" } };
          return { phone: replayed.phone, outcome: { kind: "refreshed", session: replayed.session }, replayed: true };
        }
        case "conflict":
          return { outcome: { kind: "idempotencyKeyReused" } };
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

  private async issue(
    phone: string,
    refreshToken: string,
    key: SigningKey,
    issuedAt: Date,
    tokenId: string,
    refreshExpiresIn = this.deps.settings.refreshTtlSeconds,
  ): Promise<IssuedSession> {
    const access = await signAccessToken(phone, issuedAt, this.deps.settings.access, key, tokenId);
    return { accessToken: access.token, expiresIn: access.expiresIn, refreshToken, refreshExpiresIn };
  }
}

function unavailableOr(error: unknown): Outcome {
  if (error instanceof StoreUnavailableError) return { kind: "storeUnavailable", cause: error.causeClass };
  throw error;
}

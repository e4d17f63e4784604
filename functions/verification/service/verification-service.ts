// The verification domain: issue a code (limits, store, send, release on failure) and check one.
// Pure apart from its injected ports: store, SMS sender, clock and code source.
import type { SendOutcome, SmsSender } from "../../shared/sms/sender";
import type { VerificationPolicy } from "../config";
import { StoreUnavailableError, type CodeStore, type IssueRequest } from "../store/code-store";
import type { Outcome } from "./outcomes";
import { checkPhoneNumber, type PhoneCheck } from "./phone-number";
import { secondsUntilShanghaiMidnight, shanghaiDayStamp } from "./shanghai-day";
import { hashVerificationCode, isWellFormedCode, randomVerificationCode } from "./verification-code";
import type { SessionService } from "./session-service";

export interface VerificationServiceDeps {
  store: CodeStore;
  sender: SmsSender;
  policy: VerificationPolicy;
  pepper: string;
  clock?: () => Date;
  newCode?: () => string;
  /** Issues tokens on a verified code; without it a login answers Success without tokens. */
  sessions?: SessionService;
}

/** Result plus the normalised phone, which the caller logs (masked). */
export interface ServiceResult {
  outcome: Outcome;
  phone?: string;
}

export class VerificationService {
  private readonly clock: () => Date;
  private readonly newCode: () => string;

  constructor(private readonly deps: VerificationServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.newCode = deps.newCode ?? randomVerificationCode;
  }

  async sendCode(rawPhone: string, clientIp: string): Promise<ServiceResult> {
    const checked = checkPhoneNumber(rawPhone, this.deps.policy.allowedRegions);
    if (checked.kind !== "served") return refusedPhone(checked);
    const phone = checked.e164;
    const { policy, pepper } = this.deps;
    const code = this.newCode();
    const now = this.clock();
    const request: IssueRequest = {
      phone,
      clientIp,
      codeHash: hashVerificationCode(pepper, phone, code),
      codeTtlSeconds: policy.codeTtlSeconds,
      cooldownSeconds: policy.resendCooldownSeconds,
      dailyLimit: policy.dailyLimit,
      dayStamp: shanghaiDayStamp(now),
      secondsUntilDayEnds: secondsUntilShanghaiMidnight(now),
      ipHourlyLimit: policy.ipHourlyLimit,
    };
    return { phone, outcome: await this.issueAndSend(request, code) };
  }

  async checkCode(rawPhone: string, code: string | undefined): Promise<ServiceResult> {
    // Also refused here: a code can only exist for a served region, and a region dropped from the
    // configuration must stop being served at once.
    const checked = checkPhoneNumber(rawPhone, this.deps.policy.allowedRegions);
    if (checked.kind !== "served") return refusedPhone(checked);
    const phone = checked.e164;
    if (code === undefined || code === "") return { phone, outcome: { kind: "missingCode" } };
    if (!isWellFormedCode(code)) return { phone, outcome: { kind: "invalidParam", message: "code must be 6 digits" } };
    const sessions = this.deps.sessions;
    const plan = sessions?.begin();
    // Without a signing key a matched code could not be answered with tokens: keep the code.
    if (sessions && !plan) return { phone, outcome: { kind: "signingKeyMissing" } };
    try {
      const hash = hashVerificationCode(this.deps.pepper, phone, code);
      const result = await this.deps.store.verify(phone, hash, this.deps.policy.maxAttempts, plan?.newSession);
      switch (result.kind) {
        case "matched":
          if (sessions && plan) return { phone, outcome: { kind: "verified", session: await sessions.finish(phone, plan) } };
          return { phone, outcome: { kind: "verified" } };
        case "wrong":
          return { phone, outcome: { kind: "wrongCode", attemptsLeft: result.attemptsLeft } };
        case "exhausted":
          return { phone, outcome: { kind: "attemptsExhausted" } };
        case "absent":
          return { phone, outcome: { kind: "codeExpired" } };
      }
    } catch (error) {
      return { phone, outcome: unavailableOr(error) };
    }
  }

  private async issueAndSend(request: IssueRequest, code: string): Promise<Outcome> {
    try {
      const issued = await this.deps.store.issue(request);
      if (issued.kind === "limited") {
        return { kind: "rateLimited", limit: issued.limit, retryAfterSeconds: issued.retryAfterSeconds };
      }
    } catch (error) {
      return unavailableOr(error);
    }

    const minutes = String(Math.ceil(this.deps.policy.codeTtlSeconds / 60));
    const sent = await this.deps.sender
      .send({ phoneNumber: request.phone, templateParams: [code, minutes] })
      // The sender contract is to return failures as values; a throw is treated the same way so
      // the limits are still released.
      .catch((): SendOutcome => ({ ok: false, reason: "unavailable", providerCode: "SenderError", message: "SMS sender failed" }));
    if (sent.ok) return { kind: "codeSent", expiresInSeconds: request.codeTtlSeconds };

    // The user got nothing, so the attempt must not count against their limits.
    try {
      await this.deps.store.release(request);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      // Counters then expire on their own; the reply still reports the SMS failure.
    }
    if (sent.reason === "rateLimited") {
      return {
        kind: "rateLimited",
        limit: "provider",
        retryAfterSeconds: Math.max(1, this.deps.policy.resendCooldownSeconds),
        providerCode: sent.providerCode,
      };
    }
    return { kind: "smsFailed", providerCode: sent.providerCode };
  }
}

function refusedPhone(checked: Exclude<PhoneCheck, { kind: "served" }>): ServiceResult {
  if (checked.kind === "invalid") return { outcome: { kind: "invalidPhone" } };
  // The number is valid, so it is logged (masked) like any other.
  return { phone: checked.e164, outcome: { kind: "regionNotServed", region: checked.region } };
}

function unavailableOr(error: unknown): Outcome {
  if (error instanceof StoreUnavailableError) return { kind: "storeUnavailable" };
  throw error;
}

// The verification domain: issue a code (limits, budgets, store, send, then confirm or release) and
// check one (wrong-code budgets, attempts). Pure apart from its injected ports: store, SMS sender,
// clock and code source. A test number takes the same path: only its code is fixed and no SMS
// carries it (see chooseCode).
import type { SendOutcome, SmsSender } from "../../shared/sms/sender";
import type { VerificationPolicy } from "./verification-policy";
import { StoreUnavailableError, type CodeStore, type IssueRequest } from "../store/code-store";
import { captchaApplies, checkCaptcha, type CaptchaAnswer, type CaptchaPolicy, type CaptchaPort } from "./captcha-gate";
import { idempotencyScope, type IdempotencyScope } from "./idempotency";
import type { Outcome } from "./outcomes";
import { checkPhoneNumber, countryCallingCode, numberPrefix, type MobileNumber, type PhoneCheck } from "./phone-number";
import { fraudGuardOn, type FraudGuardRequest } from "./fraud-guard";
import { chooseTemplate, type ChosenTemplate, type SmsContent } from "./sms-templates";
import { receiptContext, type InsightsRequest } from "./verification-insights";
import { secondsUntilHourEnds, secondsUntilShanghaiMidnight, shanghaiDayStamp, utcHourStamp } from "./shanghai-day";
import { hashVerificationCode, isWellFormedCode, randomVerificationCode } from "./verification-code";
import type { SessionService } from "./session-service";
import type { TestNumberCodes } from "../secrets/test-number-codes";

export interface VerificationServiceDeps {
  store: CodeStore;
  sender: SmsSender;
  policy: VerificationPolicy;
  pepper: string;
  clock?: () => Date;
  newCode?: () => string;
  /** Absent or mode "off": no Captcha. */
  captcha?: { port: CaptchaPort; policy: CaptchaPolicy };
  /** Issues tokens on a verified code; without it a login answers Success without tokens. */
  sessions?: SessionService;
  /**
   * The environment's test numbers (app-store review accounts, end-to-end tests): E.164 number →
   * fixed code, from the runtime secret's testNumberCodes; absent: none.
   */
  testNumberCodes?: TestNumberCodes;
  /** Signatures and templates by region and locale; absent: the sender's own (console sender, domain tests). */
  content?: SmsContent;
}

/** Who is asking, as far as limits go: a canonical address bucket, or the shared unknown one. */
export interface ClientBucket {
  /** "203.0.113.10", "2001:db8:1:2::/64" or "unknown". */
  bucket: string;
  /** False when the platform gave no usable address: the strict shared bucket applies. */
  known: boolean;
  /** The canonical full address (for Captcha's UserIp); absent when unknown. */
  address?: string;
}

/**
 * The code a getSms stores and how it reaches its owner: a fresh random code by SMS, or a test
 * number's fixed code and no SMS. Nothing else differs, so from outside a test number answers like
 * any other (cooldown, daily and per-address caps, attempts, wrong-code budgets, Idempotency-Key).
 * What only an SMS costs or says is left out for it: the SMS budgets, the fraud guard's conversion
 * and the insights counters.
 */
interface CodeChoice {
  code: string;
  bySms: boolean;
}

/** SMS budgets turned off (a limit of 0), for a code no SMS carries. */
const noSmsBudgets = { globalHourly: 0, globalDaily: 0, prefixHourly: 0 } as const;

/** Result plus the normalised phone, which the caller logs (masked). */
export interface ServiceResult {
  outcome: Outcome;
  phone?: string;
  /** What the Captcha check did, for the log (passed, missing, failed:<reason>, unavailable:…). */
  captcha?: string;
  /** The phone is a test number (fixed code, no SMS): every such request is logged as one. */
  testNumber?: true;
  /** The outcome comes from the request's Idempotency-Key record, not from running it again. */
  replayed?: true;
}

export class VerificationService {
  private readonly clock: () => Date;
  private readonly newCode: () => string;

  constructor(private readonly deps: VerificationServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.newCode = deps.newCode ?? (() => randomVerificationCode(deps.policy.codeLength));
  }

  async sendCode(
    rawPhone: string,
    client: ClientBucket,
    captcha: CaptchaAnswer = {},
    idempotencyKey?: string,
    locale?: string,
  ): Promise<ServiceResult> {
    const checked = checkPhoneNumber(rawPhone, this.deps.policy.allowedRegions);
    if (checked.kind !== "served") return refusedPhone(checked);
    const phone = checked.e164;
    const gate = await this.captchaGate("getSms", captcha, client);
    if (gate.kind === "refuse") return { phone, outcome: gate.outcome, captcha: gate.logged, ...this.testMark(phone) };
    const { policy, pepper } = this.deps;
    const { code, bySms } = this.chooseCode(phone);
    const now = this.clock();
    const request: IssueRequest = {
      phone,
      clientBucket: client.bucket,
      codeHash: hashVerificationCode(pepper, phone, code),
      codeTtlSeconds: policy.codeTtlSeconds,
      cooldownSeconds: policy.resendCooldownSeconds,
      dailyLimit: policy.dailyLimit,
      maxAttempts: policy.maxAttempts,
      dayStamp: shanghaiDayStamp(now),
      secondsUntilDayEnds: secondsUntilShanghaiMidnight(now),
      hourStamp: utcHourStamp(now),
      secondsUntilHourEnds: secondsUntilHourEnds(now),
      ipHourlyLimit: client.known ? policy.ipHourlyLimit : Math.min(policy.ipHourlyLimit, policy.unknownAddressHourlyLimit),
      budgets: bySms ? policy.smsBudgets : noSmsBudgets,
      numberPrefix: numberPrefix(checked, policy.budgetPrefixDigits),
      guard: bySms ? this.guardRequest(checked, now) : undefined,
      insights: bySms ? this.insightsRequest(checked, now) : undefined,
      idempotency: this.scope("getSms", idempotencyKey, [phone])?.record,
    };
    const template = bySms && this.deps.content ? chooseTemplate(this.deps.content, checked.region, locale) : undefined;
    const { outcome, replayed } = await this.issueAndSend(request, code, bySms, template);
    return { phone, outcome, captcha: gate.logged, ...this.testMark(phone), ...(replayed ? { replayed } : {}) };
  }

  private chooseCode(phone: string): CodeChoice {
    const fixed = this.deps.testNumberCodes?.get(phone);
    return fixed === undefined ? { code: this.newCode(), bySms: true } : { code: fixed, bySms: false };
  }

  async checkCode(
    rawPhone: string,
    code: string | undefined,
    client: ClientBucket,
    captcha: CaptchaAnswer = {},
    idempotencyKey?: string,
  ): Promise<ServiceResult> {
    // Also refused here: a code can only exist for a served region, and a region dropped from the
    // configuration must stop being served at once.
    const checked = checkPhoneNumber(rawPhone, this.deps.policy.allowedRegions);
    if (checked.kind !== "served") return refusedPhone(checked);
    const phone = checked.e164;
    if (code === undefined || code === "") return { phone, outcome: { kind: "missingCode" }, ...this.testMark(phone) };
    // A test number's fixed code was generated with the length configured when it was made.
    const length = this.deps.testNumberCodes?.get(phone)?.length ?? this.deps.policy.codeLength;
    if (!isWellFormedCode(code, length)) {
      const message = `code must be ${length} digits`;
      return { phone, outcome: { kind: "invalidParam", message }, ...this.testMark(phone) };
    }
    const gate = await this.captchaGate("login", captcha, client);
    if (gate.kind === "refuse") return { phone, outcome: gate.outcome, captcha: gate.logged, ...this.testMark(phone) };
    const result = { ...(await this.verifyCode(checked, code, client, idempotencyKey)), ...this.testMark(phone) };
    return gate.logged ? { ...result, captcha: gate.logged } : result;
  }

  /** The hour and scopes the insights count this number's request in; undefined when turned off. */
  private insightsRequest(number: MobileNumber, now: Date): InsightsRequest | undefined {
    const hours = this.deps.policy.insightsRetentionHours;
    if (hours === 0) return undefined;
    return {
      hourStamp: utcHourStamp(now),
      numberPrefix: numberPrefix(number, this.deps.policy.budgetPrefixDigits),
      countryCode: countryCallingCode(number),
      retentionSeconds: hours * 3600,
    };
  }

  /** The fraud guard's scopes of this number, or undefined when the environment turned it off. */
  private guardRequest(number: MobileNumber, now: Date): FraudGuardRequest | undefined {
    const policy = this.deps.policy;
    if (!fraudGuardOn(policy.fraudGuard)) return undefined;
    return {
      policy: policy.fraudGuard,
      nowMs: now.getTime(),
      numberPrefix: numberPrefix(number, policy.budgetPrefixDigits),
      countryCode: countryCallingCode(number),
    };
  }

  private scope(method: "getSms" | "login", key: string | undefined, fields: string[]): IdempotencyScope | undefined {
    return idempotencyScope(this.deps.pepper, method, key, fields, this.deps.policy.idempotencyTtlSeconds);
  }

  private testMark(phone: string): { testNumber?: true } {
    return this.deps.testNumberCodes?.has(phone) ? { testNumber: true } : {};
  }

  private async captchaGate(method: "getSms" | "login", answer: CaptchaAnswer, client: ClientBucket) {
    const captcha = this.deps.captcha;
    if (!captcha || !captchaApplies(captcha.policy, method)) return { kind: "pass" as const, logged: undefined };
    return checkCaptcha(captcha.port, captcha.policy, answer, client.address ?? "");
  }

  private async verifyCode(
    number: MobileNumber,
    code: string,
    client: ClientBucket,
    idempotencyKey?: string,
  ): Promise<ServiceResult> {
    const { policy, pepper } = this.deps;
    const phone = number.e164;
    const sessions = this.deps.sessions;
    // A test number's verified code tells nothing about SMS conversion (its code came by no SMS).
    const counted = !this.deps.testNumberCodes?.has(phone);
    const plan = sessions?.begin();
    // Without a signing key a matched code could not be answered with tokens: keep the code.
    if (sessions && !plan) return { phone, outcome: { kind: "signingKeyMissing" } };
    if (plan === "stale") return { phone, outcome: { kind: "storeUnavailable", cause: "secrets" } };
    const now = this.clock();
    const scope = this.scope("login", idempotencyKey, [phone, code]);
    try {
      const result = await this.deps.store.verify({
        phone,
        clientBucket: client.bucket,
        codeHash: hashVerificationCode(pepper, phone, code),
        maxAttempts: policy.maxAttempts,
        dayStamp: shanghaiDayStamp(now),
        secondsUntilDayEnds: secondsUntilShanghaiMidnight(now),
        ipHourlyWrongLimit: policy.loginIpHourlyWrongLimit,
        phoneDailyWrongLimit: policy.loginPhoneDailyWrongLimit,
        session: plan?.newSession,
        guard: counted ? this.guardRequest(number, now) : undefined,
        insights: counted ? this.insightsRequest(number, now) : undefined,
        idempotency: scope && {
          ...scope.record,
          sealed: sessions && plan ? sessions.seal(scope, phone, plan) : "",
          sessionOf: sessions ? (sealed) => sessions.sealedFamily(scope, sealed) : undefined,
        },
      });
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
        case "limited":
          return { phone, outcome: { kind: "rateLimited", limit: result.limit, retryAfterSeconds: result.retryAfterSeconds } };
        case "conflict":
          return { phone, outcome: { kind: "idempotencyKeyReused" } };
        case "replayed":
          return { phone, outcome: await this.replayedLogin(scope, result.outcome, result.value, result.sealed), replayed: true };
      }
    } catch (error) {
      return { phone, outcome: unavailableOr(error) };
    }
  }

  /** The first outcome of a login, from its idempotency record: the same tokens, or the same wrong-code count. */
  private async replayedLogin(
    scope: IdempotencyScope | undefined,
    outcome: string,
    value: string,
    sealed: string,
  ): Promise<Outcome> {
    if (outcome === "wrong") return { kind: "wrongCode", attemptsLeft: Math.max(0, Number(value)) };
    const sessions = this.deps.sessions;
    if (!sessions) return { kind: "verified" };
    const replayed = scope && (await sessions.replay(scope, sealed));
    if (replayed?.kind === "session") return { kind: "verified", session: replayed.session };
    // No key may sign now (none, or one a rotation may have dropped meanwhile): 500 or 503, as for a new login.
    if (replayed?.kind === "refused") return replayed.outcome;
    // Only a record written without tokens (the service ran without sessions then) fails to open.
    return { kind: "signingKeyMissing" };
  }

  private async issueAndSend(
    request: IssueRequest,
    code: string,
    bySms: boolean,
    template?: ChosenTemplate,
  ): Promise<{ outcome: Outcome; replayed?: true }> {
    let pending: boolean;
    try {
      const issued = await this.deps.store.issue(request);
      if (issued.kind === "limited") {
        const outcome: Outcome = { kind: "rateLimited", limit: issued.limit, retryAfterSeconds: issued.retryAfterSeconds };
        if (issued.budget) outcome.budget = issued.budget;
        if (issued.budget === "prefixHourly") outcome.numberPrefix = request.numberPrefix;
        if (issued.guard) outcome.guard = issued.guard;
        return { outcome };
      }
      if (issued.kind === "conflict") return { outcome: { kind: "idempotencyKeyReused" } };
      // The first request with this key stored its code: no second code, no second SMS. Its SMS
      // went out, is on its way, or never left (its reply was a 503); docs/http-api.md tells the
      // client to ask again with a new key once retryAfter has passed if no SMS arrives.
      if (issued.kind === "replayed") {
        return { outcome: { kind: "codeSent", expiresInSeconds: Number(issued.value) }, replayed: true };
      }
      pending = issued.pending;
    } catch (error) {
      return { outcome: unavailableOr(error) };
    }
    // A test number's code needs no SMS: it is as good as delivered.
    if (!bySms) return { outcome: await this.delivered(request, pending) };
    return { outcome: await this.send(request, code, pending, template) };
  }

  private async send(request: IssueRequest, code: string, pending: boolean, template?: ChosenTemplate): Promise<Outcome> {
    const minutes = String(Math.ceil(this.deps.policy.codeTtlSeconds / 60));
    const sent = await this.deps.sender
      .send({
        phoneNumber: request.phone,
        templateParams: [code, minutes],
        ...(template ? { templateId: template.templateId, signName: template.signName } : {}),
        // The delivery receipt comes back with it: counted in the hour and scopes of this send.
        ...(request.insights
          ? {
              sessionContext: receiptContext(
                request.insights.hourStamp,
                request.insights.numberPrefix,
                request.insights.countryCode,
              ),
            }
          : {}),
      })
      // The sender contract is to return failures as values; a throw says nothing about whether
      // the message went out, so it is an unknown outcome.
      .catch((): SendOutcome => ({ ok: false, reason: "unknown", providerCode: "SenderError", message: "SMS sender failed" }));
    if (sent.ok) return this.delivered(request, pending);

    if (sent.reason === "unknown") {
      // The message may be on its way: the cooldown, daily and per-address units stay taken and the
      // code stays valid (next to an older one, if any), so a slow provider cannot be used to flood.
      return {
        kind: "smsFailed",
        providerCode: sent.providerCode,
        outcome: "unknown",
        retryAfterSeconds: Math.max(1, this.deps.policy.resendCooldownSeconds),
      };
    }

    // Definitely not sent: the attempt must not count against the user's limits.
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
    return { kind: "smsFailed", providerCode: sent.providerCode, outcome: "refused" };
  }

  /** The code reached its owner: a pending code replaces the older one. */
  private async delivered(request: IssueRequest, pending: boolean): Promise<Outcome> {
    if (pending) await this.confirm(request);
    return { kind: "codeSent", expiresInSeconds: request.codeTtlSeconds };
  }

  /** The SMS went out: the new code replaces the older one. If Redis fails here both stay valid. */
  private async confirm(request: IssueRequest): Promise<void> {
    try {
      await this.deps.store.confirm(request);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
    }
  }
}

function refusedPhone(checked: Exclude<PhoneCheck, { kind: "served" }>): ServiceResult {
  if (checked.kind === "invalid") return { outcome: { kind: "invalidPhone" } };
  // The number is valid, so it is logged (masked) like any other.
  return { phone: checked.e164, outcome: { kind: "regionNotServed", region: checked.region } };
}

function unavailableOr(error: unknown): Outcome {
  if (error instanceof StoreUnavailableError) return { kind: "storeUnavailable", cause: error.causeClass };
  throw error;
}

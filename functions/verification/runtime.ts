// Wires one container's verification runtime from the environment: config → secrets (Secrets
// Manager, read on the first request and cached) → Redis client → store, SMS sender → service →
// handler. Built once per container by index.ts (and directly by tests and the dev server, which
// inject a clock, a log writer or the local secrets source).
//
// The Redis client and service depend on the runtime secret (password, pepper), so they are built
// after the first read and rebuilt when a re-read brings different values (password rotated).
import { credentialFromScfEnvironment } from "../shared/tencent/credential";
import { SmsGateway } from "../shared/sms/gateway";
import { CaptchaClient } from "../shared/captcha/captcha-client";
import { consoleSmsSender, tencentSmsSender, type SmsSender } from "../shared/sms/sender";
import { fromEnvironment, type VerificationSettings } from "./settings";
import { replyForMisconfiguration, replyForOutcome } from "./http/reply";
import { stdoutLogWriter, writeRequestLog, type LogWriter } from "./http/request-log";
import { createVerificationHandler, type ScfContext, type ScfHandler } from "./http/verification-handler";
import type { RuntimeSecrets } from "./secrets/secret-layout";
import { LocalSecretsSource, SecretsUnavailableError, SsmSecretsSource, type SecretsSource } from "./secrets/secret-sources";
import { SecretsCache } from "./secrets/secrets-cache";
import { SessionService } from "./service/session-service";
import type { VerificationPolicy } from "./service/verification-policy";
import { VerificationService } from "./service/verification-service";
import { RedisCodeStore } from "./store/redis-code-store";
import { RedisSessionStore } from "./store/redis-session-store";
import { parseTestNumberCodes } from "./secrets/test-number-codes";
import { closeRedis, connectRedis, loadRedisClient, whenRedisReady, type RedisConnection } from "./store/redis-connection";
import { fileDeliveryReceipts, type ReceiptsTickReply } from "./receipts/receipts-timer";
import { markColdStart } from "./cold-start-marks";

export interface RuntimeOptions {
  log?: LogWriter;
  clock?: () => Date;
  /** Replaces the configured sender (dev server's console output, tests). */
  sender?: SmsSender;
  /** Lets SECRETS_SOURCE=local through (dev server, tests, tools); the SCF entry never sets it. */
  allowLocalSecrets?: boolean;
}

export interface VerificationRuntime {
  handle: ScfHandler;
  /** A timer invocation (the receipts timer): files the delivery receipts waiting at the provider. */
  fileDeliveryReceipts(context?: ScfContext): Promise<ReceiptsTickReply>;
  /** The current Redis client, once the secrets were read (benchmarks count its commands). */
  readonly redis?: RedisConnection;
  /** The container's secrets cache (undefined when misconfigured); tests read its counters. */
  readonly secrets?: SecretsCache;
  close(): Promise<void>;
}

interface Wiring {
  runtime: RuntimeSecrets;
  redis: RedisConnection;
  handle: ScfHandler;
}

/** On-demand re-reads (Redis auth refused) at most this often per container. */
const minRereadMs = 5000;

export function createVerificationRuntime(env: NodeJS.ProcessEnv, options: RuntimeOptions = {}): VerificationRuntime {
  const log = options.log ?? stdoutLogWriter;
  const parsed = fromEnvironment(env, { allowLocalSecrets: options.allowLocalSecrets });
  if (!parsed.ok) {
    // Names only, never values.
    const problems = parsed.problems.join("; ");
    const refuse = async (context: ScfContext | undefined) => {
      if (context) context.callbackWaitsForEmptyEventLoop = false;
      log(
        JSON.stringify({ level: "error", msg: "verification function misconfigured", requestId: context?.request_id, problems }),
      );
      await log.flush?.();
    };
    return {
      async handle(_event, context) {
        await refuse(context);
        return replyForMisconfiguration(context?.request_id);
      },
      async fileDeliveryReceipts(context) {
        await refuse(context);
        return { ok: false, code: "ServiceMisconfigured", pulled: 0, filed: 0 };
      },
      async close() {},
    };
  }
  const config = parsed.settings;
  const source: SecretsSource =
    config.secrets.source === "ssm" ? new SsmSecretsSource(config.secrets, env) : new LocalSecretsSource(env);
  let wiring: Wiring | undefined;
  const secrets = new SecretsCache(source, {
    refreshMs: config.secrets.refreshSeconds * 1000,
    minRereadMs,
    clock: options.clock ? () => options.clock!().getTime() : undefined,
    log,
    // Cold start: connect to Redis as soon as its password is known, so the connection is being
    // set up while the key set is parsed and its signing key imported.
    onFirstRuntimeSecrets: (runtime) => {
      markColdStart("secrets-read");
      wiring ??= wire(runtime);
    },
  });
  const tencentSms = config.sms.sender === "tencent" ? tencentSmsFor(config.sms, env) : undefined;
  const sender = options.sender ?? tencentSms?.sender ?? consoleSmsSender();

  const wire = (runtime: RuntimeSecrets): Wiring => {
    const redis = connectRedis(
      { ...config.redis, password: runtime.redisPassword || undefined },
      { onAuthFailure: () => void secrets.reread("redis-auth") },
    );
    markColdStart("redis-connecting");
    redis.once("ready", () => markColdStart("redis-ready"));
    const store = new RedisCodeStore(redis, { cluster: config.redis.cluster, readyTimeoutMs: config.redis.connectTimeoutMs });
    const captcha = captchaFor(config, env, runtime);
    if (captcha === "missingKey")
      return {
        runtime,
        redis,
        handle: misconfigured(log, "CAPTCHA_MODE is on but the runtime secret has no captchaAppSecretKey"),
      };
    const sessions = new SessionService({
      store: new RedisSessionStore(redis, { readyTimeoutMs: config.redis.connectTimeoutMs }),
      settings: {
        access: {
          issuer: config.sessions.issuer,
          audience: config.sessions.audience,
          ttlSeconds: config.sessions.accessTokenTtlSeconds,
        },
        refreshTtlSeconds: config.sessions.refreshTokenTtlSeconds,
        familyLifetimeSeconds: config.sessions.refreshFamilyLifetimeSeconds,
        idempotencyTtlSeconds: config.idempotency.ttlSeconds,
      },
      // The key set is re-read in the background; each request signs with what is current now.
      // Never a key that rotations this container could not see may have dropped (503 instead).
      signingKey: () => secrets.signingKey(config.sessions.accessTokenTtlSeconds),
      pepper: runtime.codePepper,
      clock: options.clock,
    });
    // The secret was checked when read, so this parse cannot fail; no entries, no test numbers.
    const testCodes = parseTestNumberCodes(runtime.testNumberCodes);
    const service = new VerificationService({
      store,
      sender,
      policy: verificationPolicy(config),
      pepper: runtime.codePepper,
      clock: options.clock,
      captcha,
      sessions,
      testNumberCodes: testCodes.ok && testCodes.codes.size > 0 ? testCodes.codes : undefined,
      content: config.sms.sender === "tencent" ? config.sms.content : undefined,
    });
    return {
      runtime,
      redis,
      handle: createVerificationHandler({
        service,
        sessions,
        publishedKeys: () => secrets.peek()?.signingKeys.published ?? [],
        browser: {
          allowedOrigins: config.sessions.allowedOrigins,
          legacyRequests: config.sessions.legacyRequests,
          preflightMaxAgeSeconds: config.sessions.preflightMaxAgeSeconds,
        },
        log,
      }),
    };
  };

  /** The wiring of these secrets: first use, or a rotated password or pepper gives a new client and service. */
  const wiredFor = (runtime: RuntimeSecrets): Wiring => {
    if (!wiring || wiring.runtime !== runtime) {
      // An SCF instance serves one invocation at a time, so nothing else is using the old client.
      const previous = wiring;
      wiring = wire(runtime);
      previous?.redis.disconnect();
    }
    return wiring;
  };

  // Read the secrets and open the Redis connection as soon as the container exists, so the first
  // request does not pay for both in sequence; a failure here is retried by that request.
  secrets
    .get()
    .then((loaded) => {
      markColdStart("keys-imported");
      wiring ??= wire(loaded.runtime);
    })
    .catch(() => undefined);
  markColdStart("runtime-created");
  // While Secrets Manager answers (the requests are on their way once this turn ends), load what
  // the rest of the first request needs, instead of loading it after the secrets arrive.
  setImmediate(() => {
    loadRedisClient();
    markColdStart("modules-loaded");
  });

  return {
    async handle(event, context) {
      if (context) context.callbackWaitsForEmptyEventLoop = false;
      const started = process.hrtime.bigint();
      let loaded;
      try {
        loaded = await secrets.get();
      } catch (error) {
        const refused = refuseWithoutSecrets(error, log, source.kind, context?.request_id, started);
        // Its one log line must be out before the reply (SCF may freeze the container right after).
        await log.flush?.();
        return refused;
      }
      // A copy too old to sign with (a container thawed after hours, or Secrets Manager down): read
      // it again before this request rather than in the background; a failure keeps the old copy
      // and login/refresh answer 503 until a read succeeds.
      if (secrets.signingKey(config.sessions.accessTokenTtlSeconds) === "stale") {
        await secrets.reread("signing-key-stale");
        loaded = secrets.peek() ?? loaded;
      }
      return wiredFor(loaded.runtime).handle(event, context);
    },
    async fileDeliveryReceipts(context) {
      if (context) context.callbackWaitsForEmptyEventLoop = false;
      return fileDeliveryReceipts(
        {
          source: tencentSms?.gateway,
          counters: async () => {
            const { redis } = wiredFor((await secrets.get()).runtime);
            await whenRedisReady(redis, config.redis.connectTimeoutMs);
            // Answering, not just connected: a pulled receipt that cannot be filed is lost.
            await redis.ping();
            return redis;
          },
          retentionHours: config.insights.retentionHours,
          pullTimeoutMs: config.sms.timeoutSeconds * 1000,
          log,
        },
        context,
      );
    },
    get redis() {
      return wiring?.redis;
    },
    secrets,
    async close() {
      const closing = wiring?.redis;
      wiring = undefined;
      if (closing) await closeRedis(closing);
    },
  };
}

/** 503 when Secrets Manager could not be reached (retry helps), 500 when the secret is unusable. */
function refuseWithoutSecrets(
  error: unknown,
  log: LogWriter,
  sourceKind: string,
  requestId: string | undefined,
  started: bigint,
) {
  if (!(error instanceof SecretsUnavailableError)) throw error;
  const reply =
    error.reason === "unavailable"
      ? replyForOutcome({ kind: "storeUnavailable", cause: "secrets" })
      : replyForMisconfiguration(requestId);
  // The one line that says why: source, secret name and provider code, never a value.
  writeRequestLog(log, {
    requestId,
    status: reply.statusCode,
    codeStr: error.reason === "unavailable" ? "ServiceUnavailable" : "ServiceMisconfigured",
    detail: `secrets ${error.reason} (${sourceKind})`,
    ...(error.reason === "unavailable" ? { cause: "secrets" } : {}),
    error: error.message,
    latencyMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
  });
  return reply;
}

/** The Captcha check when the environment turned it on; its AppSecretKey is a runtime secret. */
function captchaFor(config: VerificationSettings, env: NodeJS.ProcessEnv, runtime: RuntimeSecrets) {
  const captcha = config.captcha;
  if (!captcha) return undefined;
  const key = runtime.captchaAppSecretKey;
  if (!key) return "missingKey" as const;
  const client = new CaptchaClient(
    { appId: captcha.appId, endpoint: captcha.endpoint, timeoutSeconds: captcha.timeoutSeconds },
    credentialFromScfEnvironment(env),
    () => key,
  );
  return { port: client, policy: { mode: captcha.on, failOpen: captcha.failOpen } };
}

function misconfigured(log: LogWriter, problem: string): ScfHandler {
  return async (_event, context) => {
    log(
      JSON.stringify({
        level: "error",
        msg: "verification function misconfigured",
        requestId: context?.request_id,
        problems: problem,
      }),
    );
    return replyForMisconfiguration(context?.request_id);
  };
}

/** The service's policy: the limits, and which regions' numbers are served. */
export function verificationPolicy(config: VerificationSettings): VerificationPolicy {
  const { smsBudgets, ...limits } = config.limits;
  return {
    ...limits,
    smsBudgets: { globalHourly: smsBudgets.hourly, globalDaily: smsBudgets.daily, prefixHourly: smsBudgets.prefixHourly },
    budgetPrefixDigits: smsBudgets.prefixDigits,
    allowedRegions: config.sms.allowedRegions,
    idempotencyTtlSeconds: config.idempotency.ttlSeconds,
    insightsRetentionHours: config.insights.retentionHours,
  };
}

type TencentSms = Extract<VerificationSettings["sms"], { sender: "tencent" }>;

/**
 * The SMS app's gateway, which sends the codes and, on the receipts timer, pulls their delivery
 * receipts. Never the console sender for a Tencent app: it prints codes, which must not reach SCF logs.
 */
function tencentSmsFor(sms: TencentSms, env: NodeJS.ProcessEnv): { gateway: SmsGateway; sender: SmsSender } {
  const defaultPair = sms.content.domestic ?? sms.content.international!;
  const gateway = new SmsGateway(
    {
      sdkAppId: sms.sdkAppId,
      signName: defaultPair.signName,
      region: sms.region,
      endpoint: sms.endpoint,
      timeoutSeconds: sms.timeoutSeconds,
    },
    credentialFromScfEnvironment(env),
  );
  return { gateway, sender: tencentSmsSender(gateway, [...defaultPair.templates.values()][0]) };
}

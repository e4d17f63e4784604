// Wires one container's verification runtime from the environment: config → Redis client →
// store, SMS sender → service → handler. Built once per container by index.ts (and directly by
// tests and the dev server, which inject a clock or a log writer).
import { credentialFromScfEnvironment } from "../shared/sms/credentials";
import { SmsGateway } from "../shared/sms/gateway";
import { consoleSmsSender, tencentSmsSender, type SmsSender } from "../shared/sms/sender";
import { parseVerificationConfig, type VerificationConfig } from "./config";
import { replyForMisconfiguration } from "./http/reply";
import { stdoutLogWriter, type LogWriter } from "./http/request-log";
import { createVerificationHandler, type ScfHandler } from "./http/verification-handler";
import { VerificationService } from "./service/verification-service";
import { RedisCodeStore } from "./store/redis-code-store";
import { connectRedis, type RedisConnection } from "./store/redis-connection";

export interface RuntimeOptions {
  log?: LogWriter;
  clock?: () => Date;
  /** Replaces the configured sender (dev server's console output, tests). */
  sender?: SmsSender;
}

export interface VerificationRuntime {
  handle: ScfHandler;
  /** The Redis client, once created (benchmarks count its commands). */
  redis?: RedisConnection;
  close(): Promise<void>;
}

export function createVerificationRuntime(env: NodeJS.ProcessEnv, options: RuntimeOptions = {}): VerificationRuntime {
  const log = options.log ?? stdoutLogWriter;
  const parsed = parseVerificationConfig(env);
  if (!parsed.ok) {
    // Names only, never values: some of these variables hold secrets.
    const problems = parsed.problems.join("; ");
    return {
      async handle(_event, context) {
        if (context) context.callbackWaitsForEmptyEventLoop = false;
        log(JSON.stringify({ level: "error", msg: "verification function misconfigured", requestId: context?.request_id, problems }));
        await log.flush?.();
        return replyForMisconfiguration(context?.request_id);
      },
      async close() {},
    };
  }
  const config = parsed.config;
  const redis = connectRedis(config.redis);
  const store = new RedisCodeStore(redis, { cluster: config.redis.cluster, readyTimeoutMs: config.redis.connectTimeoutMs });
  const service = new VerificationService({
    store,
    sender: options.sender ?? senderFor(config, env),
    policy: config.policy,
    pepper: config.codePepper,
    clock: options.clock,
  });
  return {
    handle: createVerificationHandler(service, log),
    redis,
    async close() {
      redis.disconnect();
    },
  };
}

function senderFor(config: VerificationConfig, env: NodeJS.ProcessEnv): SmsSender {
  if (config.smsSender === "console") return consoleSmsSender();
  // Never fall back to the console sender here: it prints codes, which must not reach SCF logs.
  const sms = config.tencentSms;
  if (!sms) throw new Error("SMS_SENDER=tencent without Tencent SMS settings (config parser invariant)");
  const gateway = new SmsGateway(
    { sdkAppId: sms.sdkAppId, signName: sms.signName, region: sms.region, endpoint: sms.endpoint, timeoutSeconds: sms.timeoutSeconds },
    credentialFromScfEnvironment(env),
  );
  return tencentSmsSender(gateway, sms.templateId);
}

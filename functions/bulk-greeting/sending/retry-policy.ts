// Retries of one SendSms call on transient failures (HTTP 5xx, timeouts, InternalError,
// RequestLimitExceeded) with exponential backoff and full jitter, so many function instances
// retrying together do not hit the API in lockstep. Sleep, randomness and clock are injected.
import { SmsGatewayError } from "../../shared/sms/gateway";

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };

export interface RetryEnvironment {
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  /** Epoch ms after which no new attempt may start (the function's time budget). */
  deadline: number;
  /** Expected worst-case duration of one attempt, to avoid starting one that cannot finish. */
  attemptMs: number;
}

export interface AttemptLog {
  attempts: number;
  errors: string[];
}

export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

export async function callWithRetries<T>(
  call: () => Promise<T>,
  policy: RetryPolicy,
  env: RetryEnvironment,
  log: AttemptLog,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    log.attempts++;
    try {
      return await call();
    } catch (error) {
      const failure = error instanceof SmsGatewayError ? error : undefined;
      if (failure) log.errors.push(failure.code);
      if (!failure?.transient || log.attempts >= policy.maxAttempts) throw error;
      const delay = backoffDelay(policy, retry, env.random);
      if (env.now() + delay + env.attemptMs > env.deadline) throw error;
      await env.sleep(delay);
    }
  }
}

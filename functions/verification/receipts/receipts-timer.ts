// The verification function's timer invocation: the receipts timer the stack adds to an
// environment without campaigns (infra/constructs/receipts-timer.ts) invokes it every minute. It
// pulls the delivery receipts waiting at the provider (PullSmsSendStatus, real SDK) and files
// those of verification SMS as delivered / undelivered in the insights' hour and scopes each was
// sent in, read from the SessionContext the SMS carried (functions/shared/insights/hourly-counters.ts).
// The provider hands each receipt out once per SMS app, so exactly one puller runs per app: where
// there are campaigns the bulk-greeting tick pulls and passes these receipts on the same way.
import { fileVerificationReceipts, type CounterClient } from "../../shared/insights/hourly-counters";
import { SmsGatewayError } from "../../shared/sms/gateway";
import { pullReceiptPages, type ReceiptSource } from "../../shared/sms/receipt-pages";
import type { LogWriter } from "../http/request-log";
import type { ScfContext } from "../http/verification-handler";
import { SecretsUnavailableError } from "../secrets/secret-sources";

/** An SCF timer trigger's event: `{"Type":"Timer","TriggerName":…,"Time":…,"Message":…}`. */
export interface ScfTimerEvent {
  Type: "Timer";
  TriggerName?: string;
  Time?: string;
  Message?: string;
}

export function isTimerEvent(event: unknown): event is ScfTimerEvent {
  return typeof event === "object" && event !== null && (event as { Type?: unknown }).Type === "Timer";
}

/** What a timer invocation returns (SCF records it; nothing reads it but tests and the console). */
export interface ReceiptsTickReply {
  ok: boolean;
  /**
   * Success; InsightsOff (nothing to file into, nothing pulled); NoProvider (console sender);
   * ServiceUnavailable (secrets or Redis); PullFailed (the SMS API); ServiceMisconfigured.
   */
  code: "Success" | "InsightsOff" | "NoProvider" | "ServiceUnavailable" | "PullFailed" | "ServiceMisconfigured";
  pulled: number;
  filed: number;
}

export interface ReceiptsTickDeps {
  /** The SMS app's receipts; undefined when the function sends no real SMS (console sender). */
  source?: ReceiptSource;
  /**
   * The Redis client of the current secrets, read and connected as for a request and answering:
   * receipts are pulled only once they can be filed (the provider hands each out once).
   */
  counters: () => Promise<CounterClient>;
  retentionHours: number;
  /** The SMS API's request timeout: a pull is started only with this much time left. */
  pullTimeoutMs: number;
  log: LogWriter;
}

/** Pages pulled at most per invocation: 1,000 receipts a minute. */
const maxPulls = 10;

export async function fileDeliveryReceipts(deps: ReceiptsTickDeps, context?: ScfContext): Promise<ReceiptsTickReply> {
  const started = Date.now();
  // What SCF's context says is left (getRemainingTimeInMillis where the runtime has it, else the
  // whole time_limit_in_ms); without either, the page budget alone bounds the tick.
  const remaining =
    typeof context?.getRemainingTimeInMillis === "function"
      ? Number(context.getRemainingTimeInMillis())
      : typeof context?.time_limit_in_ms === "number"
        ? context.time_limit_in_ms
        : undefined;
  const hasTime = () => remaining === undefined || Date.now() + deps.pullTimeoutMs + 1000 < started + remaining;
  let reply: ReceiptsTickReply = { ok: true, code: "Success", pulled: 0, filed: 0 };
  let failure: { cause?: string; providerCode?: string; error: string } | undefined;
  if (deps.retentionHours === 0) reply.code = "InsightsOff";
  else if (!deps.source) reply.code = "NoProvider";
  else {
    try {
      const counters = await deps.counters();
      const source = deps.source;
      reply.pulled = await pullReceiptPages(source, { maxPulls, hasTime }, async (receipts) => {
        reply.filed += await fileVerificationReceipts(counters, receipts, deps.retentionHours * 3600);
      });
    } catch (error) {
      const pull = error instanceof SmsGatewayError;
      reply = { ...reply, ok: false, code: pull ? "PullFailed" : "ServiceUnavailable" };
      failure = {
        ...(pull ? { providerCode: error.code } : { cause: error instanceof SecretsUnavailableError ? "secrets" : "redis" }),
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }
  // One line per tick, never a phone number: what was pulled and filed, or why not.
  deps.log(
    JSON.stringify({
      level: reply.ok ? "info" : "warn",
      msg: "delivery receipts",
      requestId: context?.request_id,
      detail: `${reply.code}: pulled ${reply.pulled}, filed ${reply.filed}`,
      ...failure,
      latencyMs: Date.now() - started,
    }),
  );
  await deps.log.flush?.();
  return reply;
}

// Runs one campaign for as long as the time budget allows: streams the recipients file into the
// deterministic batch plan, skips batches the checkpoint already settled, sends the rest at the
// configured rate with retries, records every recipient's outcome, and stops cleanly before the
// deadline. Re-running a finished campaign sends nothing.
import type { BulkGreetingLogEntry } from "../log-fields";
import { randomUUID } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { SmsGatewayError, type NumberStatus, type SendSmsRequest } from "../../shared/sms/gateway";
import { campaignTemplates } from "../content/campaign-templates";
import { emptyStatus, type CampaignDefinition, type CampaignState, type CampaignStatus } from "../campaigns/campaign-definition";
import { readRecipientRows } from "../recipients/recipient-rows";
import { RowChecker } from "../recipients/row-check";
import { campaignKeys, type CampaignStorage } from "../storage/campaign-storage";
import { planBatches, type Batch } from "./batch-plan";
import type { CampaignCheckpoints, Counters } from "./campaign-checkpoints";
import { outcomesFromStatuses, unknownOutcomes, type RecipientOutcome } from "./recipient-outcome";
import { RequestPacer } from "./request-pacer";
import { flushResults, resultsPartSize } from "./results-flush";
import { callWithRetries, defaultRetryPolicy, type RetryPolicy } from "./retry-policy";

export interface BatchSender {
  sendSms(request: SendSmsRequest): Promise<NumberStatus[]>;
}

export interface RunClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export interface CampaignRunDependencies {
  storage: CampaignStorage;
  checkpoints: CampaignCheckpoints;
  /** A sender bound to the campaign's marketing signature. */
  senderFor(signName: string): BatchSender;
  clock: RunClock;
  requestsPerSecond: number;
  retry?: RetryPolicy;
  /** Worst-case duration of one SendSms attempt (the SDK timeout), in ms. */
  attemptMs: number;
  /** Local scratch directory for the downloaded recipients file. */
  workDir: string;
  log?: (event: BulkGreetingLogEntry) => void;
  /** Test seam: runs after SendSms returned and before its outcome is recorded (crash injection). */
  afterSend?: (batch: number) => void | Promise<void>;
}

/**
 * Why a run stopped: finished (all batches settled), deadline (time budget), paused (the API
 * refused or failed transiently; the next tick continues), cancelled, failed (needs an operator),
 * busy (another run holds the lease), not-due, already-finished, crashed (an unexpected error).
 */
export type RunStop =
  "finished" | "deadline" | "paused" | "cancelled" | "failed" | "busy" | "not-due" | "already-finished" | "crashed";

export interface RunSummary {
  id: string;
  stop: RunStop;
  batchesSent: number;
  error?: { code: string; message: string };
}

const terminalStates = new Set(["completed", "cancelled", "failed"]);

export async function runCampaign(def: CampaignDefinition, deadline: number, deps: CampaignRunDependencies): Promise<RunSummary> {
  const { checkpoints, storage, clock } = deps;
  const log = deps.log ?? (() => undefined);
  if (Date.parse(def.sendAt) > clock.now()) return { id: def.id, stop: "not-due", batchesSent: 0 };
  const token = randomUUID();
  if (!(await checkpoints.acquireLease(def.id, token, deadline - clock.now() + 30_000)))
    return { id: def.id, stop: "busy", batchesSent: 0 };

  const summary: RunSummary = { id: def.id, stop: "finished", batchesSent: 0 };
  let skippedRows = 0;
  const localFile = join(deps.workDir, def.id, def.recipientsKey.split("/").pop() ?? "recipients");
  try {
    const progress = await checkpoints.progress(def.id);
    if (progress.state && terminalStates.has(progress.state)) {
      await storage.remove(campaignKeys.pending(def.id));
      return { id: def.id, stop: "already-finished", batchesSent: 0 };
    }
    if (await storage.exists(campaignKeys.cancelRequest(def.id))) {
      summary.stop = "cancelled";
      return summary;
    }
    const previous = await readStatus(storage, def.id);
    if (!progress.started && previous && (previous.batchesDone > 0 || terminalStates.has(previous.state))) {
      // Redis lost this campaign's checkpoint (failover, flush): re-running would send twice.
      summary.stop = "failed";
      summary.error = {
        code: "CheckpointLost",
        message: "the Redis checkpoint is gone but results exist; refusing to send again",
      };
      return summary;
    }
    const template = campaignTemplates.find((t) => t.key === def.templateKey);
    if (!template) {
      summary.stop = "failed";
      summary.error = { code: "UnknownTemplate", message: `template ${def.templateKey} is not in this build's catalogue` };
      return summary;
    }
    await checkpoints.setState(def.id, "sending");
    await mkdir(join(deps.workDir, def.id), { recursive: true });
    await storage.downloadFile(def.recipientsKey, localFile);

    const sender = deps.senderFor(def.signName);
    const pacer = new RequestPacer(deps.requestsPerSecond, clock.now, clock.sleep);
    const retry = deps.retry ?? defaultRetryPolicy;
    let seen = 0;
    for await (const item of planBatches(readRecipientRows(localFile), new RowChecker(template, def.signName))) {
      if (item.kind === "skipped") {
        skippedRows++;
        continue;
      }
      const batch = item.batch;
      if (seen++ % 20 === 19 && (await storage.exists(campaignKeys.cancelRequest(def.id)))) {
        summary.stop = "cancelled";
        break;
      }
      if (clock.now() + deps.attemptMs + 1000 > deadline) {
        summary.stop = "deadline";
        break;
      }
      const claim = await checkpoints.claimBatch(def.id, batch.index);
      if (claim === "done" || claim === "unknown") continue;
      if (claim === "inflight") {
        await settle(
          deps,
          def.id,
          batch,
          "unknown",
          unknownOutcomes(
            batch.recipients,
            batch.index,
            "Unknown.InterruptedInFlight",
            "a previous run stopped while this batch was being sent; not re-sent to avoid duplicates",
            new Date(clock.now()),
          ),
        );
        log({ event: "batchInterrupted", campaign: def.id, batch: batch.index });
        continue;
      }
      await pacer.waitTurn();
      const attempts = { attempts: 0, errors: [] as string[] };
      let statuses: NumberStatus[];
      try {
        statuses = await callWithRetries(
          () =>
            sender.sendSms({
              phoneNumbers: batch.recipients.map((r) => r.phoneNumber),
              templateId: def.templateId,
              templateParams: batch.params,
            }),
          retry,
          { sleep: clock.sleep, random: clock.random, now: clock.now, deadline, attemptMs: deps.attemptMs },
          attempts,
        );
      } catch (error) {
        if (!(error instanceof SmsGatewayError)) throw error;
        log({ event: "batchFailed", campaign: def.id, batch: batch.index, code: error.code, attempts: attempts.attempts });
        summary.error = { code: error.code, message: error.message };
        if (error.source !== "transport") {
          // The API answered with an error (or we never called it): nothing was sent.
          await checkpoints.releaseBatch(def.id, batch.index);
          summary.stop = error.transient ? "paused" : "failed";
        } else {
          // 5xx / timeout after all retries: Tencent may have sent it. At most once: record, move on later.
          await settle(
            deps,
            def.id,
            batch,
            "unknown",
            unknownOutcomes(batch.recipients, batch.index, `Unknown.${error.code}`, error.message, new Date(clock.now())),
          );
          summary.stop = "paused";
        }
        break;
      }
      await deps.afterSend?.(batch.index);
      const at = new Date(clock.now());
      const outcomes = outcomesFromStatuses(
        batch.recipients,
        statuses.map((status) => ({ phoneNumber: status.phoneNumber, status })),
        batch.index,
        at,
      );
      await settle(deps, def.id, batch, "done", outcomes);
      summary.batchesSent++;
      if (attempts.attempts > 1)
        log({
          event: "batchRetried",
          campaign: def.id,
          batch: batch.index,
          attempts: attempts.attempts,
          errors: attempts.errors,
        });
      await flushResults(def.id, checkpoints, storage, resultsPartSize);
    }
    return summary;
  } catch (error) {
    // Unexpected failure mid-run: leave the checkpoint exactly as it is (a claimed batch stays
    // "inflight" and will be settled as unknown by the next run), as a real crash would.
    summary.stop = "crashed";
    throw error;
  } finally {
    await finishRun(def, summary, skippedRows, deps).finally(() => checkpoints.releaseLease(def.id, token));
    await rm(join(deps.workDir, def.id), { recursive: true, force: true });
  }
}

async function settle(
  deps: CampaignRunDependencies,
  id: string,
  batch: Batch,
  state: "done" | "unknown",
  outcomes: RecipientOutcome[],
): Promise<void> {
  const counters: Counters = { sent: 0, failed: 0, unknown: 0, fee: 0 };
  for (const o of outcomes) {
    if (o.code === "Ok") counters.sent++;
    else if (o.code.startsWith("Unknown.")) counters.unknown++;
    else counters.failed++;
    counters.fee += o.fee;
  }
  const recorded = await deps.checkpoints.recordBatch(
    id,
    batch.index,
    state,
    counters,
    outcomes.map((o) => JSON.stringify(o)),
  );
  if (!recorded) {
    // Another run settled this batch meanwhile (our lease outlived the function's timeout).
    deps.log?.({ event: "batchSettledElsewhere", campaign: id, batch: batch.index });
    return;
  }
  await deps.checkpoints.rememberSerials(
    id,
    outcomes.flatMap((o) => (o.serialNo ? [o.serialNo] : [])),
    deps.clock.now(),
  );
}

async function finishRun(
  def: CampaignDefinition,
  summary: RunSummary,
  skippedRows: number,
  deps: CampaignRunDependencies,
): Promise<void> {
  if (["busy", "not-due", "already-finished", "crashed"].includes(summary.stop)) return;
  const { checkpoints, storage } = deps;
  const lost = summary.error?.code === "CheckpointLost";
  if (!lost) await flushResults(def.id, checkpoints, storage);
  const stateByStop: Partial<Record<RunStop, CampaignState>> = {
    finished: "completed",
    cancelled: "cancelled",
    failed: "failed",
  };
  const state = stateByStop[summary.stop] ?? "sending";
  if (!lost && state !== "sending") await checkpoints.setState(def.id, state);
  if (state !== "sending") await storage.remove(campaignKeys.pending(def.id));
  const previous = await readStatus(storage, def.id);
  const progress = await checkpoints.progress(def.id);
  const status: CampaignStatus = {
    ...emptyStatus(def.id, state, new Date(deps.clock.now())),
    ...(lost && previous
      ? { ...previous, state, updatedAt: new Date(deps.clock.now()).toISOString() }
      : {
          batchesDone: progress.batchesDone,
          sent: progress.sent,
          failed: progress.failed,
          unknown: progress.unknown,
          fee: progress.fee,
          skippedRows: Math.max(skippedRows, previous?.skippedRows ?? 0),
        }),
  };
  if (summary.error) status.error = summary.error;
  await storage.put(campaignKeys.status(def.id), JSON.stringify(status, null, 2));
  deps.log?.({
    event: "campaignRun",
    campaign: def.id,
    stop: summary.stop,
    batchesSent: summary.batchesSent,
    state,
    code: summary.error?.code,
  });
}

export async function readStatus(storage: CampaignStorage, id: string): Promise<CampaignStatus | undefined> {
  const body = await storage.get(campaignKeys.status(id));
  return body ? (JSON.parse(body.toString()) as CampaignStatus) : undefined;
}

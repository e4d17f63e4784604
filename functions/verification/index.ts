// SCF entry point (handler `index.main_handler`). The runtime — parsed config, the secrets read
// from Secrets Manager, the Redis client — is created on the first invocation and reused while the
// container stays warm. This entry never allows the local secrets source (SECRETS_SOURCE=local).
// HTTP events (either ingress) are requests; a timer event is the receipts timer's tick.
import type { ScfHttpReply } from "./http/reply";
import type { ScfContext } from "./http/verification-handler";
import { isTimerEvent, type ReceiptsTickReply, type ScfTimerEvent } from "./receipts/receipts-timer";
import { createVerificationRuntime, type VerificationRuntime } from "./runtime";

let runtime: VerificationRuntime | undefined;

export function main_handler(event: ScfTimerEvent, context?: ScfContext): Promise<ReceiptsTickReply>;
export function main_handler(event: unknown, context?: ScfContext): Promise<ScfHttpReply>;
export async function main_handler(event: unknown, context?: ScfContext): Promise<ScfHttpReply | ReceiptsTickReply> {
  runtime ??= createVerificationRuntime(process.env);
  return isTimerEvent(event) ? runtime.fileDeliveryReceipts(context) : runtime.handle(event, context);
}

/** Drops the container's Redis connection (tests and local tools; SCF just freezes the container). */
export async function closeVerificationRuntime(): Promise<void> {
  const current = runtime;
  runtime = undefined;
  await current?.close();
}

// The sending engine against a real redis-server and the real SDK talking to the local
// signature-checking SMS endpoint: batching boundaries, grouping by parameters, per-number
// failures, retries on 5xx/timeouts, pacing, and the campaign life cycle.
import { runCampaign } from "../../../functions/bulk-greeting/sending/campaign-run";
import { readStatus } from "../../../functions/bulk-greeting/sending/campaign-run";
import { collectDeliveryReceipts } from "../../../functions/bulk-greeting/sending/delivery-receipts";
import { loadReceipts } from "../../../functions/bulk-greeting/report/campaign-statistics";
import { campaignKeys } from "../../../functions/bulk-greeting/storage/campaign-storage";
import { recipientsRows, startCampaignHarness, virtualClock, type CampaignHarness } from "./support/campaign-harness";

let h: CampaignHarness;
beforeAll(async () => {
  h = await startCampaignHarness();
});
afterAll(() => h.stop());
afterEach(() => h.endpoint.reset());

const farDeadline = (clock: { now(): number }) => clock.now() + 10 * 60_000;

describe.each([
  [199, [199]],
  [200, [200]],
  [201, [200, 1]],
])("a campaign of %i recipients sharing their parameters", (count, callSizes) => {
  it(`is sent in SendSms calls of ${callSizes.join(" + ")} numbers, each number once, all recorded`, async () => {
    const id = `boundary-${count}`;
    const def = await h.createCampaign(id, recipientsRows(count));
    const clock = virtualClock();
    const summary = await runCampaign(def, farDeadline(clock), h.deps(clock));
    expect(summary).toMatchObject({ stop: "finished", batchesSent: callSizes.length });
    expect(h.endpoint.sent.map((s) => s.phoneNumbers.length)).toEqual(callSizes);
    expect(
      h.endpoint.sent.every(
        (s) => s.templateParams.join() === "Li" && s.signName === "Example Tech" && s.templateId === "1000001",
      ),
    ).toBe(true);
    expect(new Set(h.sentNumbers()).size).toBe(count);
    const results = await h.results(id);
    expect(results).toHaveLength(count);
    expect(results.every((r) => r.code === "Ok" && r.serialNo && r.fee === 1)).toBe(true);
    const status = await readStatus(h.storage, id);
    expect(status).toMatchObject({ state: "completed", sent: count, failed: 0, unknown: 0, fee: count });
    expect(await h.storage.exists(campaignKeys.pending(id))).toBe(false);

    h.endpoint.reset();
    const again = await runCampaign(def, farDeadline(clock), h.deps(clock));
    expect(again.stop).toBe("already-finished");
    expect(h.endpoint.requests).toBe(0);
  });
});

it("groups numbers by identical template parameters and sends different names separately", async () => {
  const rows = recipientsRows(6, (i) => (i % 2 === 0 ? "Li" : "Wang"));
  const def = await h.createCampaign("grouping", rows);
  const clock = virtualClock();
  await runCampaign(def, farDeadline(clock), h.deps(clock));
  const calls = h.endpoint.sent.map((s) => [s.templateParams[0], s.phoneNumbers.length]);
  expect(calls).toEqual([
    ["Li", 3],
    ["Wang", 3],
  ]);
});

it("records per-number provider failures without retrying them", async () => {
  const rows = recipientsRows(5);
  const def = await h.createCampaign("per-number", rows);
  h.endpoint.setBehaviour(
    { kind: "perNumberError", code: "LimitExceeded.PhoneNumberDailyLimit", phoneNumbers: ["+8613900000001", "+8613900000003"] },
    { times: 1 },
  );
  const clock = virtualClock();
  const summary = await runCampaign(def, farDeadline(clock), h.deps(clock));
  expect(summary.stop).toBe("finished");
  expect(h.endpoint.requests).toBe(1);
  const results = await h.results("per-number");
  const failed = results.filter((r) => r.code !== "Ok").map((r) => [r.phoneNumber, r.code]);
  expect(failed).toEqual([
    ["+8613900000001", "LimitExceeded.PhoneNumberDailyLimit"],
    ["+8613900000003", "LimitExceeded.PhoneNumberDailyLimit"],
  ]);
  expect(await readStatus(h.storage, "per-number")).toMatchObject({ sent: 3, failed: 2, fee: 3 });
});

it("retries HTTP 5xx with jittered exponential backoff and then succeeds", async () => {
  const def = await h.createCampaign("retry-5xx", recipientsRows(3));
  h.endpoint.setBehaviour({ kind: "httpError", status: 502 }, { times: 2 });
  const clock = virtualClock();
  const summary = await runCampaign(def, farDeadline(clock), h.deps(clock));
  expect(summary.stop).toBe("finished");
  expect(h.endpoint.requests).toBe(3);
  // random() = 0.5 → half of 500·2^n ms
  expect(clock.sleeps).toEqual([250, 500]);
  expect(new Set(h.sentNumbers()).size).toBe(3);
});

it("retries a timed-out SendSms and records the outcome of the retry", async () => {
  const def = await h.createCampaign("retry-timeout", recipientsRows(2));
  h.endpoint.setBehaviour({ kind: "timeout" }, { times: 1 });
  const clock = virtualClock();
  const summary = await runCampaign(def, farDeadline(clock), h.deps(clock, { senderFor: () => h.gateway(0.3), attemptMs: 300 }));
  expect(summary.stop).toBe("finished");
  expect(h.endpoint.requests).toBe(2);
  expect((await h.results("retry-timeout")).map((r) => r.code)).toEqual(["Ok", "Ok"]);
});

it("after retries are exhausted marks the batch unknown (never re-sent) and continues on the next run", async () => {
  const rows = recipientsRows(3, (i) => ["A", "B", "C"][i]);
  const def = await h.createCampaign("exhausted", rows);
  h.endpoint.setBehaviour({ kind: "httpError", status: 503 }, { times: 4 });
  const clock = virtualClock();
  const first = await runCampaign(def, farDeadline(clock), h.deps(clock));
  expect(first).toMatchObject({ stop: "paused", batchesSent: 0, error: { code: "HttpStatus503" } });
  expect(h.endpoint.requests).toBe(4);
  const second = await runCampaign(def, farDeadline(clock), h.deps(clock));
  expect(second).toMatchObject({ stop: "finished", batchesSent: 2 });
  expect(h.sentNumbers()).toEqual(["+8613900000001", "+8613900000002"]);
  const results = await h.results("exhausted");
  expect(results.find((r) => r.phoneNumber === "+8613900000000")?.code).toBe("Unknown.HttpStatus503");
  expect(await readStatus(h.storage, "exhausted")).toMatchObject({ state: "completed", sent: 2, unknown: 1 });
});

it("stops a campaign the provider refuses outright, leaving the batch unsent and unclaimed", async () => {
  const def = await h.createCampaign("refused", recipientsRows(2));
  h.endpoint.setBehaviour({ kind: "apiError", code: "FailedOperation.SignatureIncorrectOrUnapproved" }, { times: 1 });
  const clock = virtualClock();
  const summary = await runCampaign(def, farDeadline(clock), h.deps(clock));
  expect(summary).toMatchObject({ stop: "failed", error: { code: "FailedOperation.SignatureIncorrectOrUnapproved" } });
  expect(await h.results("refused")).toEqual([]);
  expect(await readStatus(h.storage, "refused")).toMatchObject({
    state: "failed",
    error: { code: "FailedOperation.SignatureIncorrectOrUnapproved" },
  });
  expect(await h.storage.exists(campaignKeys.pending("refused"))).toBe(false);
});

it("paces SendSms calls to the configured rate", async () => {
  const rows = recipientsRows(5, (i) => `N${i}`);
  const def = await h.createCampaign("paced", rows);
  const clock = virtualClock();
  const starts: number[] = [];
  const gateway = h.gateway();
  const sender = { sendSms: (req: Parameters<typeof gateway.sendSms>[0]) => (starts.push(clock.now()), gateway.sendSms(req)) };
  await runCampaign(def, farDeadline(clock), h.deps(clock, { requestsPerSecond: 4, senderFor: () => sender }));
  expect(starts).toHaveLength(5);
  const gaps = starts.slice(1).map((t, i) => t - starts[i]);
  expect(gaps.every((g) => g >= 250)).toBe(true);
});

it("does not send before the scheduled time", async () => {
  const def = await h.createCampaign("later", recipientsRows(1), "2026-02-10T02:00:00Z");
  const clock = virtualClock();
  expect((await runCampaign(def, farDeadline(clock), h.deps(clock))).stop).toBe("not-due");
  expect(h.endpoint.requests).toBe(0);
});

it("skips invalid and duplicate rows, sending each number once", async () => {
  const def = await h.createCampaign("dupes", [
    ["13900000000", "Li"],
    ["12345", "Li"],
    ["+86 139 0000 0000", "Li"],
    ["13900000001", "Li"],
  ]);
  const clock = virtualClock();
  await runCampaign(def, farDeadline(clock), h.deps(clock));
  expect(h.sentNumbers()).toEqual(["+8613900000000", "+8613900000001"]);
  expect(await readStatus(h.storage, "dupes")).toMatchObject({ sent: 2, skippedRows: 2 });
});

it("files delivery receipts under their campaign days later and drops receipts of other messages", async () => {
  const def = await h.createCampaign("receipts", recipientsRows(3));
  const clock = virtualClock();
  await runCampaign(def, farDeadline(clock), h.deps(clock));
  await h.gateway().sendSms({ phoneNumbers: ["+8613800000000"], templateId: "1001", templateParams: ["123456", "5"] });
  h.endpoint.markDeliveryFailed(h.endpoint.sent[0].serialNos[2], "MK:0005");
  clock.advance(2 * 86_400_000);
  const collected = await collectDeliveryReceipts(h.gateway(), h.checkpoints, h.storage, { now: clock.now });
  expect(collected).toEqual({ pulled: 4, filed: 3, unmatched: 1 });
  const receipts = await loadReceipts(h.storage, "receipts");
  expect([...receipts.values()].map((r) => [r.phoneNumber, r.delivered])).toEqual([
    ["+8613900000000", true],
    ["+8613900000001", true],
    ["+8613900000002", false],
  ]);
  // Filed receipts are forgotten: the index does not keep growing.
  expect(await h.checkpoints.campaignsOfSerials(h.endpoint.sent[0].serialNos, clock.now())).toEqual([null, null, null]);
});

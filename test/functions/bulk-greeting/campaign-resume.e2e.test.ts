// Crash, time-budget and cancel behaviour: a run that dies after N batches resumes without
// sending anyone twice; the batch in flight at the crash is settled as unknown, not re-sent.
import { runCampaign, readStatus } from "../../../functions/bulk-greeting/sending/campaign-run";
import { campaignKeys } from "../../../functions/bulk-greeting/storage/campaign-storage";
import { recipientsRows, startCampaignHarness, virtualClock, type CampaignHarness } from "./support/campaign-harness";

let h: CampaignHarness;
beforeAll(async () => {
  h = await startCampaignHarness();
});
afterAll(() => h.stop());
afterEach(() => h.endpoint.reset());

// 10 batches: 1,000 recipients in groups of 200 by name, then 5 smaller groups.
const rows = recipientsRows(1000, (i) => `G${Math.floor(i / 100)}`);

it("crashes after 3 batches, resumes, and no recipient receives two messages", async () => {
  const def = await h.createCampaign("crash", rows);
  const clock = virtualClock();
  const deadline = clock.now() + 600_000;
  const crash = new Error("simulated crash");
  await expect(
    runCampaign(
      def,
      deadline,
      h.deps(clock, {
        afterSend: (batch) => {
          if (batch === 3) throw crash;
        },
      }),
    ),
  ).rejects.toBe(crash);
  expect(h.endpoint.sent).toHaveLength(4); // batches 0-2 recorded, batch 3 sent but not recorded
  const inFlight = h.endpoint.sent[3].phoneNumbers;

  const resumed = await runCampaign(def, deadline, h.deps(clock));
  expect(resumed).toMatchObject({ stop: "finished", batchesSent: 6 });
  const all = h.sentNumbers();
  expect(all).toHaveLength(1000);
  expect(new Set(all).size).toBe(1000);

  const results = await h.results("crash");
  expect(results).toHaveLength(1000);
  expect(new Set(results.map((r) => r.phoneNumber)).size).toBe(1000);
  const unknown = results.filter((r) => r.code === "Unknown.InterruptedInFlight").map((r) => r.phoneNumber);
  expect(unknown.sort()).toEqual([...inFlight].sort());
  expect(await readStatus(h.storage, "crash")).toMatchObject({
    state: "completed",
    sent: 1000 - inFlight.length,
    unknown: inFlight.length,
  });

  h.endpoint.reset();
  expect((await runCampaign(def, deadline, h.deps(clock))).stop).toBe("already-finished");
  expect(h.endpoint.requests).toBe(0);
});

it("stops cleanly before the deadline and the next invocation carries on", async () => {
  const def = await h.createCampaign("budget", rows);
  const clock = virtualClock();
  const slowSender = {
    sendSms: async (req: Parameters<ReturnType<typeof h.gateway>["sendSms"]>[0]) => {
      clock.advance(2000); // each call "takes" 2 s of the budget
      return h.gateway().sendSms(req);
    },
  };
  const deps = h.deps(clock, { senderFor: () => slowSender, attemptMs: 2000 });
  const first = await runCampaign(def, clock.now() + 9_500, deps);
  expect(first.stop).toBe("deadline");
  expect(first.batchesSent).toBeGreaterThan(0);
  expect(first.batchesSent).toBeLessThan(10);
  expect(await readStatus(h.storage, "budget")).toMatchObject({ state: "sending", batchesDone: first.batchesSent });
  expect(await h.storage.exists(campaignKeys.pending("budget"))).toBe(true);
  let runs = 1;
  for (let stop = first.stop; stop !== "finished" && runs < 20; runs++)
    stop = (await runCampaign(def, clock.now() + 9_500, deps)).stop;
  expect(new Set(h.sentNumbers()).size).toBe(1000);
  expect(h.sentNumbers()).toHaveLength(1000);
  expect((await h.results("budget")).filter((r) => r.code === "Ok")).toHaveLength(1000);
});

it("honours a cancel request between batches", async () => {
  const def = await h.createCampaign("cancel", rows);
  await h.storage.put(campaignKeys.cancelRequest("cancel"), "{}");
  const clock = virtualClock();
  expect((await runCampaign(def, clock.now() + 600_000, h.deps(clock))).stop).toBe("cancelled");
  expect(h.endpoint.requests).toBe(0);
  expect(await readStatus(h.storage, "cancel")).toMatchObject({ state: "cancelled" });
});

it("refuses to send again when the Redis checkpoint was lost after batches went out", async () => {
  const def = await h.createCampaign(
    "lost",
    recipientsRows(300, (i) => `L${i % 2}`),
  );
  const clock = virtualClock();
  const deps = h.deps(clock, {
    afterSend: (batch) => {
      if (batch === 1) throw new Error("crash");
    },
  });
  await expect(runCampaign(def, clock.now() + 600_000, deps)).rejects.toThrow("crash");
  // status.json only exists after a run that ended normally; produce one, then lose Redis.
  await runCampaign(def, clock.now() + 1, h.deps(clock));
  await h.redis.flushall();
  h.endpoint.reset();
  const summary = await runCampaign(def, clock.now() + 600_000, h.deps(clock));
  expect(summary).toMatchObject({ stop: "failed", error: { code: "CheckpointLost" } });
  expect(h.endpoint.requests).toBe(0);
});

it("stops a running campaign within 20 batches of a cancel request and never resumes it", async () => {
  const def = await h.createCampaign(
    "cancel-running",
    recipientsRows(30, (i) => `N${i}`),
  );
  const clock = virtualClock();
  const deps = h.deps(clock, {
    afterSend: async (batch) => {
      if (batch === 5) await h.storage.put(campaignKeys.cancelRequest("cancel-running"), "{}");
    },
  });
  const summary = await runCampaign(def, clock.now() + 600_000, deps);
  expect(summary.stop).toBe("cancelled");
  expect(summary.batchesSent).toBeGreaterThan(5);
  expect(summary.batchesSent).toBeLessThan(30);
  expect(await readStatus(h.storage, "cancel-running")).toMatchObject({ state: "cancelled", sent: summary.batchesSent });
  expect(await h.storage.exists(campaignKeys.pending("cancel-running"))).toBe(false);
  h.endpoint.reset();
  expect((await runCampaign(def, clock.now() + 600_000, h.deps(clock))).stop).toBe("already-finished");
  expect(h.endpoint.requests).toBe(0);
});

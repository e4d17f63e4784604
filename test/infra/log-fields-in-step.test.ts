// The CLS index, the log alarms and the fields the functions actually write stay in step: the
// index is derived from the exported field lists, these tests prove the lists are what the code
// writes and that every field an alarm query names is indexed.
import { logAlarmDefinitions } from "../../infra/constructs/operations/log-alarms";
import { logIndexFields, loggedFieldNames, UNINDEXED_LOG_FIELDS } from "../../infra/constructs/operations/log-index-fields";
import { ENVIRONMENTS } from "../../infra/config/environments";
import { main_handler, resetContainer } from "../../functions/bulk-greeting/index";
import { bulkGreetingLogEvents, bulkGreetingLogFields } from "../../functions/bulk-greeting/log-fields";
import { requestLogFields, writeRequestLog } from "../../functions/verification/http/request-log";

/**
 * Every key a CLS query names: `key:` in the search part and `"key"` columns in the SQL part (the
 * functions' fields are top-level keys, cloud/cls.ts); `otherKeys` are the nested `a.b` forms SCF
 * never delivers.
 */
function queriedFields(query: string): { fields: string[]; otherKeys: string[] } {
  const [search, sql = ""] = query.split("|");
  const bare = search!.replace(/"[^"]*"/g, "");
  const inSearch = [...bare.matchAll(/(?<![.\w])([A-Za-z_][A-Za-z0-9_]*):/g)].map((m) => m[1]!);
  const inSql = [...sql.matchAll(/"([A-Za-z_][A-Za-z0-9_]*)"/g)].map((m) => m[1]!);
  const otherKeys = [...query.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\.[A-Za-z_][A-Za-z0-9_]*\s*:/g)].map((m) => m[0]!);
  return { fields: [...new Set([...inSearch, ...inSql])], otherKeys };
}

describe("log fields, CLS index and log alarms in step", () => {
  it("a request log line carries exactly the exported request log fields", () => {
    const lines: string[] = [];
    writeRequestLog((l) => lines.push(l), {
      requestId: "r",
      ingress: "functionUrl",
      httpMethod: "POST",
      method: "getSms",
      phone: "+8613800138000",
      clientIp: "203.0.113.9",
      status: 429,
      codeStr: "RateLimited",
      detail: "cooldown",
      limit: "cooldown",
      providerCode: "LimitExceeded.PhoneNumberThirtySecondLimit",
      latencyMs: 1.5,
      error: "e",
      budget: "prefixHourly",
      numberPrefix: "+8613800",
      guardScope: "prefix:+8613800",
      guardSent: 20,
      guardVerified: 1,
      alarm: "smsBudgetTripped",
      smsOutcome: "unknown",
      cause: "timeout",
      captcha: "passed",
      testNumber: true,
    });
    expect(Object.keys(JSON.parse(lines[0]))).toEqual([...requestLogFields]);
  });

  it("a bulk-greeting log line uses only exported fields and events", async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const saved = { ...process.env };
    try {
      for (const key of Object.keys(process.env)) if (/^(REDIS_|SMS_|CAMPAIGN|COS_)/.test(key)) delete process.env[key];
      resetContainer();
      await main_handler({ Type: "Timer" }, { request_id: "req-1" });
    } finally {
      spy.mockRestore();
      process.env = saved;
      resetContainer();
    }
    const lines = written
      .flatMap((w) => w.split("\n"))
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      for (const key of Object.keys(line)) expect(bulkGreetingLogFields).toContain(key);
      expect(bulkGreetingLogEvents).toContain(line.event);
      // Flat: SCF parses only first-level numbers and text into CLS keys (cloud/cls.ts).
      for (const value of Object.values(line)) expect(["string", "number"]).toContain(typeof value);
    }
  });

  it("the index covers every logged field except the documented exclusions", () => {
    const indexed = logIndexFields().map((f) => f.key);
    const logged = loggedFieldNames();
    expect([...indexed, ...Object.keys(UNINDEXED_LOG_FIELDS)].sort()).toEqual([...logged].sort());
    for (const key of Object.keys(UNINDEXED_LOG_FIELDS)) expect(logged).toContain(key);
  });

  it.each(ENVIRONMENTS.map((e) => e.name))("%s: every field a log alarm queries is indexed", (name) => {
    const env = ENVIRONMENTS.find((e) => e.name === name)!;
    const indexed = new Set(logIndexFields().map((f) => f.key));
    for (const def of logAlarmDefinitions(env.operations.alarms.thresholds)) {
      const { fields, otherKeys } = queriedFields(def.query);
      expect(fields.length).toBeGreaterThan(0);
      // SCF delivers no nested key (no `SCF_Message.codeStr`): a query naming one matches nothing.
      expect(otherKeys).toEqual([]);
      for (const field of fields)
        expect({ alarm: def.id, field, indexed: indexed.has(field) }).toEqual({ alarm: def.id, field, indexed: true });
    }
  });

  it("the campaign-failure alarm matches events the bulk-greeting function writes", () => {
    const def = logAlarmDefinitions(ENVIRONMENTS[0].operations.alarms.thresholds).find((d) => d.id === "campaign-failures")!;
    const events = [...def.query.matchAll(/(?<![.\w])event:"([A-Za-z]+)"/g)].map((m) => m[1]);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(bulkGreetingLogEvents).toContain(event);
  });
});

// CLS: one logset and topic per environment with the table's retention, both functions shipping
// their logs there, and an index over exactly the fields the functions log.
import { logIndexFields, SCF_PLATFORM_FIELDS } from "../../../../infra/constructs/operations/log-index-fields";
import { environmentTemplate } from "../../support/environment-fixtures";

describe("FunctionLogs", () => {
  it.each([
    ["dev", 7],
    ["staging", 30],
    ["prod", 180],
  ])("%s: one logset and topic, retention %i days", (env, days) => {
    const t = environmentTemplate(env);
    expect(t.resource("tencentcloud_cls_logset").logset_name).toBe(`smsverify-${env}-logs`);
    const topic = t.resource("tencentcloud_cls_topic");
    expect(topic.period).toBe(days);
    expect(topic.logset_id).toBe(t.referenceTo("tencentcloud_cls_logset", "id"));
  });

  it.each(["dev", "staging", "prod"])("%s: both functions ship their logs to the topic", (env) => {
    const t = environmentTemplate(env);
    const functions = t.resources("tencentcloud_scf_function");
    expect(functions).toHaveLength(2);
    for (const fn of functions) {
      expect(fn.cls_logset_id).toBe(t.referenceTo("tencentcloud_cls_logset", "id"));
      expect(fn.cls_topic_id).toBe(t.referenceTo("tencentcloud_cls_topic", "id"));
    }
  });

  it("indexes SCF's keys (SCF_Message as text) and every logged field as a top-level key, SQL enabled, numbers as numbers", () => {
    type KeyValue = { key: string; value: { type: string; sql_flag: boolean; child_node?: KeyValue[] } };
    const t = environmentTemplate("prod");
    const index = t.resource("tencentcloud_cls_index") as { topic_id: string; rule: { key_value: { key_values: KeyValue[] } } };
    expect(index.topic_id).toBe(t.referenceTo("tencentcloud_cls_topic", "id"));
    const top = index.rule.key_value.key_values;
    // SCF types SCF_Message as text (583/60336) and parses a flat JSON line into top-level keys (583/18032).
    expect(top.map((kv) => kv.key)).toEqual([...SCF_PLATFORM_FIELDS.map((f) => f.key), ...logIndexFields().map((f) => f.key)]);
    expect(top.find((kv) => kv.key === "SCF_Message")!.value.type).toBe("text");
    expect(top.every((kv) => kv.value.child_node === undefined && kv.value.type !== "json")).toBe(true);
    const keyValues = top;
    expect(keyValues.every((kv) => kv.value.sql_flag)).toBe(true);
    const typeOf = Object.fromEntries(keyValues.map((kv) => [kv.key, kv.value.type]));
    expect(typeOf).toMatchObject({
      status: "long",
      latencyMs: "double",
      codeStr: "text",
      limit: "text",
      campaign: "text",
      stop: "text",
    });
    expect(keyValues.length).toBeLessThanOrEqual(100); // CLS: up to 100 key-value pairs
  });
});

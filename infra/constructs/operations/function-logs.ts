// FunctionLogs: the environment's CLS logset and topic that both functions ship their stdout to
// (cls_logset_id / cls_topic_id on tencentcloud_scf_function), with the retention from the
// environment table, and the index that makes the JSON fields searchable and usable in SQL —
// which the log alarms and the runbook queries depend on.
import { Construct } from "constructs";
import { ClsIndex } from "../../.gen/providers/tencentcloud/cls-index";
import { ClsLogset } from "../../.gen/providers/tencentcloud/cls-logset";
import { ClsTopic } from "../../.gen/providers/tencentcloud/cls-topic";
import { ResourceNames } from "../resource-names";
import { logIndexFields, SCF_PLATFORM_FIELDS } from "./log-index-fields";

export interface FunctionLogsProps {
  names: ResourceNames;
  retentionDays: number;
  tags: Record<string, string>;
}

/** What a function needs to ship its logs here. */
export interface LogDestination {
  logsetId: string;
  topicId: string;
}

/** Full-text delimiters: JSON punctuation and whitespace, so any token of a line is searchable. */
const FULL_TEXT_TOKENIZER = "@&?|#()='\",;:<>[]{}/ \n\t\r\\";

function textOrNumber(type: string) {
  return { type, sqlFlag: true, ...(type === "text" ? { tokenizer: FULL_TEXT_TOKENIZER, containZH: false } : {}) };
}

export class FunctionLogs extends Construct {
  readonly logset: ClsLogset;
  readonly topic: ClsTopic;
  readonly index: ClsIndex;

  constructor(scope: Construct, id: string, props: FunctionLogsProps) {
    super(scope, id);
    const { names, tags } = props;
    this.logset = new ClsLogset(this, "logset", { logsetName: names.of("logs"), tags });
    this.topic = new ClsTopic(this, "topic", {
      logsetId: this.logset.id,
      topicName: names.of("functions"),
      describes: "JSON log lines of the verification and bulk-greeting functions",
      period: props.retentionDays,
      storageType: "hot",
      autoSplit: true,
      maxSplitPartitions: 10,
      tags,
    });
    this.index = new ClsIndex(this, "index", {
      topicId: this.topic.id,
      status: true,
      includeInternalFields: true,
      metadataFlag: 0,
      rule: {
        fullText: { caseSensitive: false, tokenizer: FULL_TEXT_TOKENIZER, containZH: false },
        keyValue: {
          caseSensitive: true,
          // sql_flag: the alarms aggregate over these fields with SQL (count, sum, avg).
          // SCF's keys (SCF_Message as text), then the functions' fields as the top-level keys
          // SCF parses a flat JSON line into (log-index-fields.ts).
          keyValues: [...SCF_PLATFORM_FIELDS, ...logIndexFields()].map(({ key, type }) => ({ key, value: textOrNumber(type) })),
        },
      },
    });
  }

  get destination(): LogDestination {
    return { logsetId: this.logset.id, topicId: this.topic.id };
  }
}

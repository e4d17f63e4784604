// The signature and template review state the SMS double reports through DescribeSmsSignList and
// DescribeSmsTemplateList (2021-01-11): what the console would show after submissions and reviews.
// Field checks follow the two actions' parameter tables (International required, 0 or 1; an id set
// of at most 100, or Limit ≤ 100 and Offset paging when no ids are given).
import { type FieldCheck } from "./sms-requests";

/** StatusCode values both actions use: 0 approved (usable), 1 under review, 2 approved but not yet effective, -1 rejected. */
export type ReviewStatusCode = 0 | 1 | 2 | -1;

export interface ReviewedSign {
  signId: number;
  signName: string;
  international: 0 | 1;
  statusCode: ReviewStatusCode;
  reviewReply?: string;
}

export interface ReviewedTemplate {
  templateId: number;
  templateName: string;
  international: 0 | 1;
  statusCode: ReviewStatusCode;
  reviewReply?: string;
  templateContent?: string;
}

interface ListQuery {
  international: 0 | 1;
  ids?: number[];
  limit: number;
  offset: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkListQuery(body: unknown, idField: "SignIdSet" | "TemplateIdSet", defaultLimit: number): FieldCheck<ListQuery> {
  if (!isRecord(body)) return { ok: false, code: "InvalidParameter", message: "The request body must be a JSON object." };
  const international = body.International;
  if (international === undefined)
    return { ok: false, code: "MissingParameter", message: "The request is missing a required parameter `International`." };
  if (international !== 0 && international !== 1) {
    return {
      ok: false,
      code: "InvalidParameterValue",
      message: "International must be 0 (mainland China) or 1 (international).",
    };
  }
  const ids = body[idField];
  if (ids !== undefined) {
    if (!Array.isArray(ids) || ids.some((id) => !Number.isInteger(id))) {
      return { ok: false, code: "InvalidParameterValue", message: `${idField} must be an array of integers.` };
    }
    if (ids.length > 100) return { ok: false, code: "LimitExceeded", message: `${idField} holds more than 100 ids.` };
  }
  const limit = body.Limit ?? defaultLimit;
  const offset = body.Offset ?? 0;
  if (!Number.isInteger(limit) || (limit as number) < 0 || (limit as number) > 100) {
    return { ok: false, code: "InvalidParameterValue", message: "Limit must be an integer from 0 to 100." };
  }
  if (!Number.isInteger(offset) || (offset as number) < 0)
    return { ok: false, code: "InvalidParameterValue", message: "Offset must be a non-negative integer." };
  return {
    ok: true,
    value: { international, ids: ids as number[] | undefined, limit: limit as number, offset: offset as number },
  };
}

function select<T>(items: T[], query: ListQuery, idOf: (item: T) => number, internationalOf: (item: T) => number): T[] {
  const ofKind = items.filter((item) => internationalOf(item) === query.international);
  if (query.ids && query.ids.length > 0) return ofKind.filter((item) => query.ids!.includes(idOf(item)));
  return ofKind.slice(query.offset, query.offset + query.limit);
}

export class ContentReview {
  signs: ReviewedSign[] = [];
  templates: ReviewedTemplate[] = [];

  clear(): void {
    this.signs = [];
    this.templates = [];
  }

  describeSigns(body: unknown): FieldCheck<Record<string, unknown>> {
    // SignIdSet empty: paged with Limit (default 10) and Offset.
    const query = checkListQuery(body, "SignIdSet", 10);
    if (!query.ok) return query;
    const set = select(
      this.signs,
      query.value,
      (s) => s.signId,
      (s) => s.international,
    ).map((s) => ({
      SignId: s.signId,
      International: s.international,
      StatusCode: s.statusCode,
      ReviewReply: s.reviewReply ?? "",
      SignName: s.signName,
      CreateTime: 1767225600,
      QualificationId: 0,
      QualificationName: "",
      QualificationStatusCode: 1,
    }));
    return { ok: true, value: { DescribeSignListStatusSet: set } };
  }

  describeTemplates(body: unknown): FieldCheck<Record<string, unknown>> {
    // TemplateIdSet empty: Limit defaults to 0 in the documentation, which returns nothing.
    const query = checkListQuery(body, "TemplateIdSet", 0);
    if (!query.ok) return query;
    const set = select(
      this.templates,
      query.value,
      (t) => t.templateId,
      (t) => t.international,
    ).map((t) => ({
      TemplateId: t.templateId,
      International: t.international,
      StatusCode: t.statusCode,
      ReviewReply: t.reviewReply ?? "",
      TemplateName: t.templateName,
      CreateTime: 1767225600,
      TemplateContent: t.templateContent ?? "",
    }));
    return { ok: true, value: { DescribeTemplateStatusSet: set } };
  }
}

// Recipients files: CSV/XLSX readers, per-row validation, totals and file-level errors.
import AdmZip from "adm-zip";
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findCampaignTemplate, type CampaignTemplate } from "../../../functions/bulk-greeting/content/campaign-templates";
import { campaignTable } from "../../../cli/campaign/table-bindings";
import { composeMessage, messageSize } from "../../../functions/bulk-greeting/content/message-length";
import { readRecipientRows } from "../../../functions/bulk-greeting/recipients/recipient-rows";
import { validateRecipientsFile } from "../../../functions/bulk-greeting/recipients/validate-recipients";

const dir = mkdtempSync(join(tmpdir(), "recipients-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lookup = findCampaignTemplate("spring-festival", "dev", campaignTable().bindings);
if (!lookup.ok) throw new Error(lookup.message);
const template: CampaignTemplate = lookup.template;
const signName = lookup.binding.signName;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function rows(path: string) {
  const out = [];
  for await (const row of readRecipientRows(path)) out.push(row);
  return out;
}

describe("CSV reader", () => {
  it("reads UTF-8 with BOM, CRLF, quoted commas, doubled quotes and embedded line breaks with the right line numbers", async () => {
    const path = file(
      "a.csv",
      '\uFEFFphone,name\r\n13800138000,Alice\r\n"+86 139-0013-9000","Li, ""Bo""\r\nJr"\r\n\r\n8613700137000,王\r\n',
    );
    expect(await rows(path)).toEqual([
      { line: 2, cells: ["13800138000", "Alice"] },
      { line: 3, cells: ["+86 139-0013-9000", 'Li, "Bo"\r\nJr'] },
      { line: 6, cells: ["8613700137000", "王"] },
    ]);
  });

  it("takes CRLF, LF and CR as line ends in one file, and a CR inside quotes as text", async () => {
    expect(await rows(file("mixed-ends.csv", '13800138000,A\r\n13900139000,B\n13700137000,"C\rD"\r13600136000,E'))).toEqual([
      { line: 1, cells: ["13800138000", "A"] },
      { line: 2, cells: ["13900139000", "B"] },
      { line: 3, cells: ["13700137000", "C\rD"] },
      { line: 4, cells: ["13600136000", "E"] },
    ]);
  });

  it("places a malformed field on its own line after quoted CRLF line breaks", async () => {
    const path = file("late-quote.csv", '13800138000,"multi\r\nline\r\nname"\r\n13900139000,"B"x\r\n');
    await expect(rows(path)).rejects.toThrow("line 4: text after the closing quote of a field");
  });

  it("reads LF files without header or final newline", async () => {
    expect(await rows(file("b.csv", "13800138000,A\n13900139000,B"))).toEqual([
      { line: 1, cells: ["13800138000", "A"] },
      { line: 2, cells: ["13900139000", "B"] },
    ]);
  });
});

describe("XLSX reader", () => {
  it("reads shared strings and numbers written by Excel-compatible tools", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Recipients");
    sheet.addRow(["Phone", "Name"]);
    sheet.addRow([13800138000, "Alice"]);
    sheet.addRow(["+8613900139000", "小明"]);
    const path = join(dir, "a.xlsx");
    await workbook.xlsx.writeFile(path);
    expect(await rows(path)).toEqual([
      { line: 2, cells: ["13800138000", "Alice"] },
      { line: 3, cells: ["+8613900139000", "小明"] },
    ]);
  });

  it("validates an XLSX with the sheet's row numbers in the problems", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Recipients");
    sheet.addRow(["Phone", "Name"]);
    sheet.addRow([13800138000, "Alice"]);
    sheet.addRow([138001380, "Bob"]);
    sheet.addRow(["13800138000", "Carol"]);
    const path = join(dir, "issues.xlsx");
    await workbook.xlsx.writeFile(path);
    const report = await validateRecipientsFile(path, { template, signName });
    expect(report.issues.map((i) => [i.line, i.code])).toEqual([
      [3, "InvalidPhone"],
      [4, "DuplicateNumber"],
    ]);
    expect(report).toMatchObject({ rows: 3, valid: 1, usable: true });
  });

  it("reads inline strings and keeps column positions across empty cells", async () => {
    const zip = new AdmZip();
    zip.addFile(
      "xl/worksheets/sheet1.xml",
      Buffer.from(
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
          '<row r="4"><c r="A4" t="inlineStr"><is><t>13800138000</t></is></c><c r="C4" t="inlineStr"><is><t>Bo &amp; Co</t></is></c></row>' +
          "</sheetData></worksheet>",
      ),
    );
    const path = join(dir, "inline.xlsx");
    zip.writeZip(path);
    expect(await rows(path)).toEqual([{ line: 4, cells: ["13800138000", "", "Bo & Co"] }]);
  });
});

describe("message length", () => {
  it("counts the signature with its brackets and splits long domestic messages into 67-character parts", () => {
    expect(messageSize(composeMessage("腾讯云", "a".repeat(65)), false)).toEqual({ characters: 70, parts: 1 });
    expect(messageSize(composeMessage("腾讯云", "a".repeat(66)), false)).toEqual({ characters: 71, parts: 2 });
    expect(messageSize("x".repeat(150), false).parts).toBe(3);
  });

  it("uses 160/153 for international GSM-only text and counts extended characters twice", () => {
    expect(messageSize("a".repeat(160), true).parts).toBe(1);
    expect(messageSize("a".repeat(320), true).parts).toBe(3);
    expect(messageSize("a".repeat(159) + "€", true)).toEqual({ characters: 161, parts: 2 });
    expect(messageSize("a".repeat(100) + "王", true).parts).toBe(2);
  });
});

describe("validation", () => {
  it("reports each problem with its line and totals the sendable rows and estimated SMS", async () => {
    const path = file(
      "mixed.csv",
      [
        "phone,name",
        "13800138000,Alice",
        "12345,Bob",
        "13900139000,Carol,extra",
        "13700137000,Bartholomew",
        "+86 138 0013 8000,Again",
        "+447911123456,Eve",
        "13600136000,",
        "13500135000,Dan",
      ].join("\n"),
    );
    const report = await validateRecipientsFile(path, { template, signName });
    expect(report.fatal).toBeUndefined();
    expect(report.issues.map((i) => [i.line, i.code])).toEqual([
      [3, "InvalidPhone"],
      [4, "WrongVariableCount"],
      [5, "VariableTooLong"],
      [6, "DuplicateNumber"],
      [7, "MixedRegions"],
      [8, "EmptyVariable"],
    ]);
    expect(report).toMatchObject({ rows: 8, valid: 2, invalid: 6, domestic: true, usable: true });
    const parts = messageSize(composeMessage(signName, template.text.replace("{1}", "Alice")), false).parts;
    expect(parts).toBeGreaterThan(1);
    expect(report.estimatedSms).toBe(2 * parts);
  });

  const fatal: Array<[string, string | Buffer, string]> = [
    ["empty file", "", "EmptyFile"],
    ["header only", "phone,name\r\n", "EmptyFile"],
    [
      "GBK-encoded names",
      Buffer.concat([Buffer.from("13800138000,"), Buffer.from([0xcd, 0xf5]), Buffer.from("\n")]),
      "BadEncoding",
    ],
    ["UTF-16 export", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("13800138000,A\n", "utf16le")]), "BadEncoding"],
    ["missing variable column", "13800138000\n13900139000\n", "WrongColumns"],
    ["extra columns", "13800138000,A,B,C\n", "WrongColumns"],
    ["unclosed quote", '13800138000,"Alice\n', "MalformedCsv"],
    ["stray quote", '13800138000,Al"ice\n', "MalformedCsv"],
  ];
  it.each(fatal)("refuses a file with %s", async (_name, content, code) => {
    const report = await validateRecipientsFile(file(`bad-${code}-${Math.random()}.csv`, content), { template, signName });
    expect(report.fatal?.code).toBe(code);
    expect(report.usable).toBe(false);
  });

  it("refuses a .xlsx that is not a zip and a legacy .xls", async () => {
    expect((await validateRecipientsFile(file("fake.xlsx", "13800138000,A\n"), { template, signName })).fatal?.code).toBe(
      "MalformedXlsx",
    );
    expect((await validateRecipientsFile(file("old.xls", "13800138000,A\n"), { template, signName })).fatal?.code).toBe(
      "UnsupportedFormat",
    );
  });

  it("finds templates by key, name or Tencent id and names the known ones otherwise", () => {
    expect(findCampaignTemplate("Spring Festival greeting", "dev", campaignTable().bindings).ok).toBe(true);
    expect(findCampaignTemplate("1000001", "prod", campaignTable().bindings).ok).toBe(true);
    const miss = findCampaignTemplate("birthday", "dev", campaignTable().bindings);
    expect(miss.ok).toBe(false);
    if (!miss.ok) expect(miss.message).toContain("spring-festival");
  });
});

// `npm run envs -- new <name> --like <env>`: the one way to add an environment. It copies the entry
// of <env> as data, then changes what must differ per environment and marks what only the adopter
// knows as `yours(…)` placeholders, so plan/apply refuse the new environment until they are filled:
//   - name, and the token audience `<app>-<name>`;
//   - the token issuer and the allowed origins: placeholders;
//   - a VPC range no other environment uses (10.N0.0.0/16, subnet 10.N0.1.0/24);
//   - alarms: on, with the placeholder recipients, unless <name> is a dev environment (only those
//     may turn them off);
//   - state: COS in the table's state bucket when <env> keeps it in COS; a non-dev copy of a
//     local-state environment gets the COS backend of the first COS environment (CI applies it).
// The entry is written as a TypeScript literal at the end of ENVIRONMENTS (`renderEntry`).
import type { EnvironmentEntry } from "./environment-settings";
import { isPlaceholder, yours, type Placeholder } from "./placeholder";
import { isDevEnvironment } from "./validate-operations";

export class NewEnvironmentError extends Error {
  readonly code = "NEW_ENVIRONMENT_REFUSED";
}

const ALARM_RECIPIENT = yours(100000000001, "a CAM user's account ID (uid) that receives alarms (CAM console → Users)");

export function newEnvironmentEntry(table: readonly EnvironmentEntry[], name: string, like: string): EnvironmentEntry {
  if (table.some((e) => e.name === name)) throw new NewEnvironmentError(`environment "${name}" already exists in the table`);
  const source = table.find((e) => e.name === like);
  if (!source)
    throw new NewEnvironmentError(`no environment "${like}" to copy; environments: ${table.map((e) => e.name).join(", ")}`);
  // A deep copy that keeps the placeholder markers (they are plain frozen objects).
  const entry = JSON.parse(JSON.stringify(source)) as EnvironmentEntry & Record<string, unknown>;
  entry.name = name;
  entry.sessions = {
    ...entry.sessions,
    audience: `${entry.app}-${name}`,
    issuer: yours(`https://login-${name}.example.com`, "a URL naming this login service, the tokens' iss (docs/sessions.md)"),
    allowedOrigins: [yours(`https://${name}.app.example.com`, "your web app's origin, e.g. https://app.your-domain (CORS)")],
  };
  if (entry.network.vpcCidr !== undefined) {
    const second = freeSecondOctet(table);
    entry.network = { ...entry.network, vpcCidr: `10.${second}.0.0/16`, subnetCidr: `10.${second}.1.0/24` };
  }
  const alarms = entry.operations.alarms;
  if (!isDevEnvironment(name)) {
    if (!alarms.enabled || !hasRecipient(alarms.contacts))
      entry.operations.alarms = {
        ...alarms,
        enabled: true,
        contacts: { userIds: [ALARM_RECIPIENT], groupIds: [], channels: ["email", "sms"] },
      };
    if (entry.backend.kind === "local") {
      const cos = table.find((e) => e.backend.kind === "cos");
      if (!cos) throw new NewEnvironmentError(`"${name}" needs COS state and no environment has a COS backend to copy`);
      entry.backend = JSON.parse(JSON.stringify(cos.backend)) as EnvironmentEntry["backend"];
    }
    // Dev-only conveniences do not carry over.
    if (entry.sessions.legacyRequests) entry.sessions = { ...entry.sessions, legacyRequests: false };
  }
  return entry;
}

function hasRecipient(contacts: { userIds?: unknown[]; groupIds?: unknown[]; webhook?: unknown }): boolean {
  return (contacts.userIds?.length ?? 0) + (contacts.groupIds?.length ?? 0) > 0 || contacts.webhook !== undefined;
}

function freeSecondOctet(table: readonly EnvironmentEntry[]): number {
  const used = new Set(
    table
      .map((e) => /^10\.(\d+)\./.exec(String(e.network.vpcCidr ?? ""))?.[1])
      .filter(Boolean)
      .map(Number),
  );
  for (let octet = 10; octet < 250; octet += 10) if (!used.has(octet)) return octet;
  throw new NewEnvironmentError("no free 10.N0.0.0/16 range left; give network.vpcCidr by hand");
}

/** The entry as a TypeScript object literal, placeholders as `yours(example, hint)` calls. */
export function renderEntry(value: unknown, indent = ""): string {
  if (isPlaceholder(value)) {
    const p = value as Placeholder;
    return `yours(${JSON.stringify(p.example)}, ${JSON.stringify(p.hint)})`;
  }
  if (Array.isArray(value)) return `[${value.map((item) => renderEntry(item, indent)).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const inner = `${indent}  `;
    const fields = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(
        ([key, item]) => `${inner}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${renderEntry(item, inner)},`,
      );
    return `{\n${fields.join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** Inserts `entryText` as the last element of `export const ENVIRONMENTS … = [ … ];` in `source`. */
export function insertEntry(source: string, entryText: string, name: string, like: string): string {
  const start = source.indexOf("export const ENVIRONMENTS");
  if (start === -1) throw new NewEnvironmentError("infra/config/environments.ts has no `export const ENVIRONMENTS`");
  const end = source.indexOf("\n];", start);
  if (end === -1) throw new NewEnvironmentError("the ENVIRONMENTS array does not end with a line `];`");
  const comment = `  // Added by \`npm run envs -- new ${name} --like ${like}\`: fill each yours(…) (docs/environments.md).\n`;
  const before = source.slice(0, end).trimEnd();
  const separator = before.endsWith(",") || before.endsWith("[") ? "" : ",";
  return `${before}${separator}\n${comment}  ${entryText},${source.slice(end)}`;
}

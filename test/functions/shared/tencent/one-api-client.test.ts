// One Tencent client module: every tencentcloud-sdk client in functions/ and cli/ gets its profile
// (TC3 signing, POST, timeout), endpoint routing and credential from functions/shared/tencent/, so a
// fix to any of them (a rotated role key, an endpoint override, a timeout) reaches every API.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..", "..", "..");
const HOME = "functions/shared/tencent/";

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (name === "node_modules") return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** What only the Tencent client module may write: an SDK client profile, an endpoint route, a credential type. */
const plumbing: Array<[string, RegExp]> = [
  ["an SDK client profile", /\b(signMethod|reqTimeout|httpProfile)\s*:/],
  ["its own endpoint routing", /\brouteForEndpoint\s*\(/],
  ["its own credential type", /\binterface\s+\w*Credential\s*\{/],
];

function plumbingOutsideTheModule(files: string[]): string[] {
  return files
    .filter((file) => !file.startsWith(HOME))
    .flatMap((file) => {
      const source = readFileSync(join(ROOT, file), "utf8");
      return plumbing.filter(([, pattern]) => pattern.test(source)).map(([what]) => `${file}: ${what}`);
    });
}

it("no adapter or CLI outside functions/shared/tencent/ builds an SDK profile, routes an endpoint or declares a credential", () => {
  const files = [...sourceFiles("functions"), ...sourceFiles("cli")];
  expect(files).toEqual(expect.arrayContaining(["functions/shared/sms/gateway.ts", "functions/shared/ssm/secrets-manager.ts"]));
  expect(plumbingOutsideTheModule(files)).toEqual([]);
});

it("every adapter that calls a Tencent API is built on the module", () => {
  for (const adapter of [
    "functions/shared/sms/gateway.ts",
    "functions/shared/ssm/secrets-manager.ts",
    "functions/shared/captcha/captcha-client.ts",
    "cli/sms-status/review-client.ts",
  ]) {
    expect([adapter, readFileSync(join(ROOT, adapter), "utf8").includes("tencent/api-client")]).toEqual([adapter, true]);
  }
  expect(readFileSync(join(ROOT, "functions/bulk-greeting/storage/cos-storage.ts"), "utf8")).toContain("tencent/credential");
});

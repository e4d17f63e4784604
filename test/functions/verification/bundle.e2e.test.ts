// The deployable artefact itself: bundled exactly as the infra construct bundles it, within the
// size budget, and working end to end (real SDK through the package stand-ins, real Redis).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundleFunction } from "../../../functions/build/bundle";
import {
  captureStdout,
  functionUrlGet,
  functionUrlJson,
  lastCodeSentTo,
  replyBody,
  startFixture,
  type Fixture,
} from "./support/verification-fixture";

type BundledModule = {
  main_handler: (event: unknown, context: object) => Promise<{ statusCode: number; body: string }>;
  closeVerificationRuntime: () => Promise<void>;
};

let fixture: Fixture;
let outDir: string;
let bundled: BundledModule;
let bytes: number;
const savedEnv = { ...process.env };

beforeAll(async () => {
  fixture = await startFixture();
  outDir = mkdtempSync(join(tmpdir(), "verification-bundle-"));
  const result = bundleFunction({ entryPoint: resolve(__dirname, "../../../functions/verification/index.ts"), outDir });
  bytes = result.bytes;
  Object.assign(process.env, fixture.env);
  // A plain require of the built CommonJS file, as SCF loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads the built bundle as SCF does
  bundled = require(result.outFile) as BundledModule;
});

afterAll(async () => {
  await bundled?.closeVerificationRuntime();
  await fixture.stop();
  rmSync(outDir, { recursive: true, force: true });
  process.env = savedEnv;
});

// Back to 450 KB after the settings module had raised it to 480 (zod/mini and the variable
// declarations, ~30 KB): the Tencent SDK's bignumber.js, uuid, ini and tslib are replaced by
// stand-ins (functions/build/bundle.ts), 473 KB -> 442 KB. The SDK calls below still sign with
// TC3 against the checking SMS and Secrets Manager endpoints through them.
it("stays within the 450 KB bundle budget", () => {
  expect(bytes).toBeLessThanOrEqual(450 * 1024);
});

it("sends and verifies a code from the bundled handler, logging each request to stdout", async () => {
  const stdout = captureStdout();
  try {
    await sendAndVerify();
  } finally {
    stdout.restore();
  }
  const log = stdout.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(log.map((line) => [line.method, line.status, line.codeStr, line.phone])).toEqual([
    ["getSms", 200, "Success", "8613******700"],
    ["login", 200, "Success", "8613******700"],
  ]);
});

async function sendAndVerify(): Promise<void> {
  const sent = await bundled.main_handler(functionUrlGet({ method: "getSms", phone: "8613800138700" }), {});
  expect(sent.statusCode).toBe(200);
  expect(fixture.sms.signatureFailures).toBe(0);
  const code = lastCodeSentTo(fixture.sms, "+8613800138700");
  const login = await bundled.main_handler(functionUrlJson({ method: "login", phone: "8613800138700", code }), {});
  expect(replyBody(login).codeStr).toBe("Success");
}

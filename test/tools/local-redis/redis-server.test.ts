// The local Redis launcher's tool check, and the jest global setup built on it: without
// redis-server on PATH the test run stops at once with one message instead of every suite failing.
import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { missingRedisTools } from "../../../tools/local-redis/redis-server";

const dir = mkdtempSync(join(tmpdir(), "redis-tools-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("names both tools when PATH has neither", () => {
  expect(missingRedisTools(dir)).toEqual(["redis-server", "redis-cli"]);
});

it("finds an executable on PATH and ignores one that is not executable", () => {
  const bin = mkdtempSync(join(dir, "bin-"));
  writeFileSync(join(bin, "redis-server"), "#!/bin/sh\n");
  chmodSync(join(bin, "redis-server"), 0o755);
  writeFileSync(join(bin, "redis-cli"), "not executable");
  expect(missingRedisTools(`${dir}:${bin}`)).toEqual(["redis-cli"]);
});

it("finds both on this machine's PATH (the suites depend on it)", () => {
  expect(missingRedisTools()).toEqual([]);
});

it("the jest global setup exits 1 with one message when redis-server is missing", async () => {
  const setup = resolve(__dirname, "../../support/require-local-tools.ts");
  const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", "-e", `require(${JSON.stringify(setup)}).default()`],
      {
        cwd: resolve(__dirname, "../../.."),
        env: { PATH: dir, HOME: dir },
      },
      (error, _stdout, stderr) => done({ code: error ? (error.code as number) : 0, stderr }),
    );
    child.stdin?.end();
  });
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split("\n")).toEqual([
    "npm test: redis-server and redis-cli not found on PATH; the suites run against real Redis servers.",
    "Install them (on Debian/Ubuntu `apt-get install redis-server` installs both), or run .ci/run, which does.",
  ]);
}, 30_000);

// Launches Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH as .ci/run reads it) through
// playwright-core for the browser suites. Never a browser download: without the system package the
// suite fails at once with one message saying how to install it (.ci/run does), instead of skipping.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export async function launchChromium(): Promise<Browser> {
  const chromiumPath = process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: the browser suites drive Debian's chromium package ` +
        "(apt-get install chromium; .ci/run installs it). No browser is downloaded.",
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
    timeout: 30000,
  });
}

// The login page of `npm run dev`, in Debian's Chromium driven by playwright-core: what a person
// does (type the number, read the code from the SMS — here the SMS endpoint double, reached by the
// real SMS SDK with TC3 signatures — type it) and what the page must get right: the access token
// verifies against the function's JWKS, it is refreshed before it expires (the page's clock is
// Playwright's, moved forward), logout revokes the newest refresh token, Chromium enforces the
// function's CORS allow-list, and with Captcha on the widget's ticket reaches the TC3-checking
// Captcha endpoint double. The servers are the dev server's own (startDevServers), in-process.
import { existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { createRemoteJWKSet, jwtVerify } from "jose";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { startDevServers, type DevServers } from "../../../../functions/verification/local/dev-servers";
import { createLoginPageServer } from "../../../../functions/verification/local/login-page-server";
import { startCaptchaEndpoint, type CaptchaEndpoint } from "../../../support/captcha-endpoint";
import { startCaptchaWidget, type CaptchaWidget } from "../../../support/captcha-widget";
import { launchChromium } from "../../../support/chromium";
import { freePort } from "../../../support/free-port";
import { listenOnLoopback, type LoopbackListener } from "../../../support/loopback-server";
import { startRedisServer, type RedisServer } from "../../../support/redis-server";
import { startSmsEndpoint, type SmsEndpoint } from "../../../support/sms-endpoint";

const credentials = {
  secretId: "AKIDloginpagetest0001",
  secretKey: "login-page-test-secret-key",
  sessionToken: "login-page-token",
};
const issuer = "https://login.page.test";
const audience = "smsverify-login-page";
const captchaAppId = 190000321;
const captchaAppSecretKey = "login-page-captcha-app-secret";

let redis: RedisServer;
let sms: SmsEndpoint;
let captcha: CaptchaEndpoint;
let widget: CaptchaWidget;
let browser: Browser;
/** Captcha off, default CORS allow-list (the page's own origins). */
let plain: DevServers;
/** CAPTCHA_MODE=getSms with the stand-in widget script. */
let guarded: DevServers;
/** CAPTCHA_MODE=getSmsAndLogin. */
let strict: DevServers;
/** The same page as `plain`'s, served from an origin the function does not allow. */
let foreignPage: LoopbackListener;
const logLines: string[] = [];
let context: BrowserContext;
let page: Page;

async function devServers(extra: Record<string, string>): Promise<DevServers> {
  const [port, pagePort] = [await freePort(), await freePort()];
  return startDevServers({
    settings: { port, pagePort, captchaScriptUrl: widget.scriptUrl },
    env: {
      PATH: process.env.PATH,
      REDIS_HOST: redis.host,
      REDIS_PORT: String(redis.port),
      REDIS_CONNECT_TIMEOUT_MS: "5000",
      SECRETS_SOURCE: "local",
      CODE_PEPPER: "login-page-test-pepper-0123456789",
      SMS_SENDER: "tencent",
      SMS_SDKAPPID: "1400000042",
      SMS_SIGN: "TestSign",
      SMS_TEMPLATE_ID: "100042",
      SMS_ENDPOINT: sms.url,
      SMS_TIMEOUT_SECONDS: "2",
      TENCENTCLOUD_SECRETID: credentials.secretId,
      TENCENTCLOUD_SECRETKEY: credentials.secretKey,
      TENCENTCLOUD_SESSIONTOKEN: credentials.sessionToken,
      TOKEN_ISSUER: issuer,
      TOKEN_AUDIENCE: audience,
      // The shortest lifetime the function accepts; the page refreshes 12 s before it ends.
      ACCESS_TOKEN_TTL_SECONDS: "60",
      // As in staging and prod: only JSON POSTs, so the page must send what a real app sends.
      LEGACY_REQUESTS: "false",
      IP_HOURLY_LIMIT: "1000",
      ...extra,
    },
    log: (line) => void logLines.push(line),
  });
}

beforeAll(async () => {
  // Wait for every piece, keep what came up, then fail: afterAll stops what started even when
  // another piece did not (no Chromium, say), so no redis-server outlives the suite.
  const started = await Promise.allSettled([
    startRedisServer().then((server) => (redis = server)),
    startSmsEndpoint(credentials).then((endpoint) => (sms = endpoint)),
    startCaptchaEndpoint({ ...credentials, appId: captchaAppId, appSecretKey: captchaAppSecretKey }).then(
      (endpoint) => (captcha = endpoint),
    ),
    launchChromium().then((launched) => (browser = launched)),
  ]);
  const failed = started.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  widget = await startCaptchaWidget(captcha);
  const withCaptcha = (mode: string) => ({
    CAPTCHA_MODE: mode,
    CAPTCHA_APP_ID: String(captchaAppId),
    CAPTCHA_APP_SECRET_KEY: captchaAppSecretKey,
    CAPTCHA_ENDPOINT: captcha.url,
    CAPTCHA_TIMEOUT_SECONDS: "2",
  });
  [plain, guarded, strict] = await Promise.all([
    devServers({}),
    devServers(withCaptcha("getSms")),
    devServers(withCaptcha("getSmsAndLogin")),
  ]);
  foreignPage = await listenOnLoopback(createLoginPageServer(plain.pageConfig));
  context = await browser.newContext();
  // A broken page should fail its test in seconds, not after Playwright's 30 s default.
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  await page.clock.install();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await Promise.all([plain?.close(), guarded?.close(), strict?.close(), foreignPage?.close()]);
  await Promise.all([widget?.stop(), captcha?.stop(), sms?.stop(), redis?.stop()]);
});

/**
 * Opens a URL in the suite's one tab. A fresh tab costs a renderer process (seconds on a busy
 * 2-core machine); a navigation resets the page's state just as well. The tab's clock is
 * Playwright's (installed before the first navigation): it runs in real time until a test moves it.
 */
async function openPage(url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
}

/** The page's current message once it carries this code (data-code), e.g. "CodeIsError". */
async function messageWithCode(code: string): Promise<string> {
  await page.waitForSelector(`#message[data-code="${code}"]`);
  return (await page.textContent("#message")) ?? "";
}

/** POSTs the tab sends to the function from now on (preflights left out). */
function functionCalls(functionUrl: string): Request[] {
  const calls: Request[] = [];
  page.on("request", (request) => {
    if (request.url() === functionUrl && request.method() === "POST") calls.push(request);
  });
  return calls;
}

const fieldsOf = (request: Request) => JSON.parse(request.postData() ?? "{}") as Record<string, unknown>;

function codeSentTo(e164: string): string {
  const message = [...sms.sent].reverse().find((m) => m.phoneNumbers.includes(e164));
  if (!message) throw new Error(`no SMS recorded for ${e164}`);
  return message.templateParams[0]!;
}

/** Types the number (country code + number, as the page accepts it), asks for a code, signs in with the code the SMS double received. */
async function signInWithSmsCode(number: string): Promise<void> {
  await page.fill("#phone", number);
  await page.click("#get-code");
  await messageWithCode("Success");
  await page.fill("#code", codeSentTo(`+${number}`));
  await page.click("#sign-in");
  await page.waitForSelector("#session:not([hidden])");
}

async function refreshWith(functionUrl: string, refreshToken: string) {
  const response = await fetch(functionUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ method: "refresh", refreshToken }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("signing in through the page", () => {
  it("logs in with the SMS code, shows a JWKS-verified token, refreshes it before expiry and logs out for good", async () => {
    const scriptLoads = widget.scriptLoads;
    await openPage(plain.pageUrl);
    const calls = functionCalls(plain.functionUrl);
    const jwks = createRemoteJWKSet(new URL(".well-known/jwks.json", plain.functionUrl));

    await page.fill("#phone", "+86 138-0013-8000");
    await page.click("#get-code");
    expect(await messageWithCode("Success")).toMatch(/^Code sent/);
    const code = codeSentTo("+8613800138000");

    // A wrong code first: the page says how many attempts are left.
    await page.fill("#code", code === "000000" ? "111111" : "000000");
    await page.click("#sign-in");
    expect(await messageWithCode("CodeIsError")).toBe("Wrong code: 2 attempts left.");

    const loginReply = page.waitForResponse((r) => r.url() === plain.functionUrl && fieldsOf(r.request()).method === "login");
    await page.fill("#code", code);
    await page.click("#sign-in");
    const login = (await (await loginReply).json()) as { refreshToken: string; expiresIn: number };
    await page.waitForSelector("#session:not([hidden])");
    expect(await page.textContent("#session-phone")).toBe("+8613800138000");
    const firstToken = (await page.textContent("#access-token")) ?? "";
    const first = await jwtVerify(firstToken, jwks, { issuer, audience, algorithms: ["ES256"] });
    expect(first.payload.sub).toBe("+8613800138000");
    expect(login.expiresIn).toBe(60);
    const expiryShownAtLogin = await page.getAttribute("#access-expiry", "datetime");
    // Exactly what a real app sends: JSON POSTs from the page's origin, with a code and no Captcha.
    expect(calls.map((c) => fieldsOf(c).method)).toEqual(["getSms", "login", "login"]);
    for (const call of calls) {
      const headers = await call.allHeaders();
      expect(headers["content-type"]).toBe("application/json");
      expect(headers["origin"]).toBe(new URL(plain.pageUrl).origin);
    }

    // 40 s on the page's clock: not yet. Then past 48 s: the refresh goes out before the 60 s expiry.
    await page.clock.fastForward(40_000);
    expect(calls.filter((c) => fieldsOf(c).method === "refresh")).toHaveLength(0);
    const refreshReply = page.waitForResponse((r) => r.url() === plain.functionUrl && fieldsOf(r.request()).method === "refresh");
    await page.clock.runFor(9_000);
    const refreshResponse = await refreshReply;
    // Before expiry by the page's own clock (read after the reply, so an upper bound) …
    const pageTimeAtRefresh = await page.evaluate(() => Date.now());
    expect(pageTimeAtRefresh).toBeLessThan(Date.parse(expiryShownAtLogin!));
    // … and by the token's: the old access token still verifies after the refresh went out.
    await jwtVerify(firstToken, jwks, { issuer, audience, algorithms: ["ES256"] });
    expect(fieldsOf(refreshResponse.request()).refreshToken).toBe(login.refreshToken);
    const refreshed = (await refreshResponse.json()) as { refreshToken: string };
    await page.waitForSelector("#refresh-count:text-is('1')");
    expect(await messageWithCode("Refreshed")).toBe("Access token refreshed.");
    const secondToken = (await page.textContent("#access-token")) ?? "";
    expect(secondToken).not.toBe(firstToken);
    const second = await jwtVerify(secondToken, jwks, { issuer, audience, algorithms: ["ES256"] });
    expect(second.payload.sub).toBe("+8613800138000");
    expect(second.payload.jti).not.toBe(first.payload.jti);
    expect(second.payload.exp!).toBeGreaterThanOrEqual(first.payload.exp!);

    // Logout sends the newest refresh token (rotation: the page kept only that one) and revokes it.
    await page.click("#logout");
    expect(await messageWithCode("LoggedOut")).toBe("Signed out; the refresh token is revoked.");
    const logoutCall = calls.find((c) => fieldsOf(c).method === "logout");
    expect(logoutCall && fieldsOf(logoutCall).refreshToken).toBe(refreshed.refreshToken);
    expect(await page.isVisible("#session")).toBe(false);
    expect(await page.textContent("#access-token")).toBe("");
    const afterLogout = await refreshWith(plain.functionUrl, refreshed.refreshToken);
    expect(afterLogout).toMatchObject({ status: 401, body: { codeStr: "InvalidRefreshToken" } });
    // No refresh timer survives the logout.
    await page.clock.runFor(120_000);
    expect(calls.filter((c) => fieldsOf(c).method === "refresh")).toHaveLength(1);
    // Captcha is off here: the page never loaded a Captcha script.
    expect(widget.scriptLoads).toBe(scriptLoads);
  });

  it("retries a refresh whose reply was lost with the same Idempotency-Key, and the session goes on", async () => {
    await openPage(plain.pageUrl);
    const calls = functionCalls(plain.functionUrl);
    await signInWithSmsCode("8613800138077");
    // The first refresh reaches the function, which rotates the token, and its reply is lost on
    // the way back: retried with the same token and no key, it would be RefreshTokenReused.
    let aborted = 0;
    await page.route(plain.functionUrl, async (route) => {
      if (aborted === 0 && fieldsOf(route.request()).method === "refresh") {
        aborted += 1;
        await route.fetch();
        await route.abort("connectionreset");
      } else await route.continue();
    });
    await page.clock.runFor(49_000);
    expect(await messageWithCode("RefreshFailed")).toBe("Could not refresh the access token; trying again in 5 s.");
    expect(await page.textContent("#refresh-count")).toBe("0");
    // Retried within 5 s on the page's clock; the session goes on.
    await page.clock.runFor(5_000);
    await page.waitForSelector("#refresh-count:text-is('1')");
    expect(aborted).toBe(1);
    const refreshes = calls.filter((c) => fieldsOf(c).method === "refresh");
    expect(refreshes).toHaveLength(2);
    const keys = refreshes.map((c) => c.headers()["idempotency-key"]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[1]).toBe(keys[0]);
    // The next refresh is a new request: a new key.
    await page.clock.runFor(49_000);
    await page.waitForSelector("#refresh-count:text-is('2')");
    const third = calls.filter((c) => fieldsOf(c).method === "refresh")[2];
    expect(third.headers()["idempotency-key"]).not.toBe(keys[0]);
    await page.unroute(plain.functionUrl);
  });

  it("counts the cooldown down on the send buttons after a successful send", async () => {
    await openPage(plain.pageUrl);
    await page.fill("#phone", "8613800138012");
    await page.click("#get-code");
    await messageWithCode("Success");
    expect(await page.isDisabled("#resend")).toBe(true);
    expect(await page.textContent("#resend")).toMatch(/^Send another code \((30|29) s\)$/);
    await page.clock.runFor(31_000);
    expect(await page.isDisabled("#resend")).toBe(false);
    expect(await page.textContent("#resend")).toBe("Send another code");
  });

  it("says how long to wait when a second code comes too soon (RateLimited with retryAfter)", async () => {
    await openPage(plain.pageUrl);
    await page.fill("#phone", "8613800138011");
    await page.click("#get-code");
    await messageWithCode("Success");
    // A reloaded page has forgotten the countdown; the function has not.
    await openPage(plain.pageUrl);
    await page.fill("#phone", "8613800138011");
    await page.click("#get-code");
    expect(await messageWithCode("RateLimited")).toMatch(
      /^Too many requests: a code was sent to this number moments ago\. Try again in (\d+) s\.$/,
    );
    expect(await page.isDisabled("#get-code")).toBe(true);
    expect(sms.sent.filter((m) => m.phoneNumbers.includes("+8613800138011"))).toHaveLength(1);
  });

  it("asks for a new code once the attempts are used up, and Sign in waits for it", async () => {
    await openPage(plain.pageUrl);
    await page.fill("#phone", "8613800138013");
    await page.click("#get-code");
    await messageWithCode("Success");
    const real = codeSentTo("+8613800138013");
    const wrong = real === "000000" ? "111111" : "000000";
    for (const left of [2, 1]) {
      await page.fill("#code", wrong);
      await page.click("#sign-in");
      expect(await page.waitForSelector(`#message:text("Wrong code: ${left} attempt")`)).toBeTruthy();
    }
    await page.fill("#code", wrong);
    await page.click("#sign-in");
    await page.waitForSelector("#message:text('last attempt')");
    expect(await page.textContent("#message")).toBe("Wrong code, and that was the last attempt. Request a new code.");
    expect(await page.isDisabled("#sign-in")).toBe(true);
    expect(await page.textContent("#message")).not.toMatch(/\(Code\w+\)/);
  });
});

describe("CORS in the browser", () => {
  it("blocks the same page on an origin the function does not allow: the page says so and no SMS is sent", async () => {
    await openPage(`${foreignPage.url}/`);
    const smsRequests = sms.requests;
    const logged = logLines.length;
    await page.fill("#phone", "8613800138022");
    await page.click("#get-code");
    const message = await messageWithCode("CorsBlocked");
    expect(message).toContain(`does not allow this page's origin (${foreignPage.url})`);
    expect(message).toContain("CORS_ALLOWED_ORIGINS");
    expect(sms.requests).toBe(smsRequests);
    // Chromium's preflight was refused; the POST itself never reached the function.
    const lines = logLines.slice(logged).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ httpMethod: "OPTIONS", codeStr: "OriginNotAllowed", status: 403 }));
    expect(lines.filter((line) => line.method === "getSms")).toEqual([]);
  });

  it("tells a network failure apart from a CORS refusal", async () => {
    const closed = await freePort();
    const server: Server = createLoginPageServer({ functionUrl: `http://127.0.0.1:${closed}/` });
    const listener = await listenOnLoopback(server);
    try {
      await openPage(`${listener.url}/`);
      await page.fill("#phone", "8613800138033");
      await page.click("#get-code");
      expect(await messageWithCode("NetworkError")).toBe(
        `Cannot reach the function at http://127.0.0.1:${closed}/. Is npm run dev still running?`,
      );
    } finally {
      await listener.close();
    }
  });
});

describe("Captcha widget", () => {
  it("loads the Captcha script, shows the widget before getSms and sends its ticket, which the function checks", async () => {
    await openPage(guarded.pageUrl);
    expect(widget.scriptLoads).toBeGreaterThan(0);
    const calls = functionCalls(guarded.functionUrl);
    const checks = captcha.checks.length;
    await page.fill("#phone", "8613800138044");
    await page.click("#get-code");
    expect(await messageWithCode("Success")).toMatch(/^Code sent/);
    const challenge = widget.challenges[widget.challenges.length - 1]!;
    expect(challenge.appId).toBe(String(captchaAppId));
    expect(fieldsOf(calls[0]!)).toEqual({
      method: "getSms",
      phone: "8613800138044",
      ticket: challenge.answer.ticket,
      randstr: challenge.answer.randstr,
    });
    // The ticket reached the Captcha API double, signed with TC3 by the function's real client.
    expect(captcha.checks.slice(checks)).toEqual([{ ticket: challenge.answer.ticket, userIp: "127.0.0.1", captchaCode: 1 }]);
    expect(captcha.signatureFailures).toBe(0);
    expect(sms.sent.filter((m) => m.phoneNumbers.includes("+8613800138044"))).toHaveLength(1);
  });

  it("shows CaptchaFailed when the Captcha API refuses the ticket, and sends nothing", async () => {
    await openPage(guarded.pageUrl);
    widget.queue("wrongRandstr");
    const smsRequests = sms.requests;
    await page.fill("#phone", "8613800138055");
    await page.click("#get-code");
    expect(await messageWithCode("CaptchaFailed")).toBe("The Captcha check failed. Try again.");
    expect(captcha.checks[captcha.checks.length - 1]).toMatchObject({ captchaCode: 7 });
    expect(sms.requests).toBe(smsRequests);
  });

  it("with CAPTCHA_MODE=getSmsAndLogin, solves a second Captcha before login and sends that ticket too", async () => {
    await openPage(strict.pageUrl);
    const calls = functionCalls(strict.functionUrl);
    const checks = captcha.checks.length;
    await signInWithSmsCode("8613800138088");
    const [forSms, forLogin] = widget.challenges.slice(-2);
    expect(calls.map(fieldsOf)).toEqual([
      expect.objectContaining({ method: "getSms", ticket: forSms!.answer.ticket, randstr: forSms!.answer.randstr }),
      expect.objectContaining({ method: "login", ticket: forLogin!.answer.ticket, randstr: forLogin!.answer.randstr }),
    ]);
    expect(captcha.checks.slice(checks).map((check) => [check.ticket, check.captchaCode])).toEqual([
      [forSms!.answer.ticket, 1],
      [forLogin!.answer.ticket, 1],
    ]);
  });

  it("sends nothing when the person closes the widget", async () => {
    await openPage(guarded.pageUrl);
    const calls = functionCalls(guarded.functionUrl);
    widget.queue("closed");
    await page.fill("#phone", "8613800138066");
    await page.click("#get-code");
    expect(await messageWithCode("CaptchaClosed")).toBe("Captcha closed; nothing was sent.");
    expect(calls).toEqual([]);
  });
});

describe("layout on a phone and on a desktop", () => {
  // Screenshots are test artifacts (CI uploads the folder): a person can look at each state.
  const artifacts = process.env.TEST_ARTIFACTS_DIR ?? join(__dirname, "../../../../test-artifacts/login-page");
  beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  it.each([
    ["phone", { width: 390, height: 844 }],
    ["desktop", { width: 1280, height: 800 }],
  ] as const)("%s: loads without a failed request, no control wraps or overflows, screenshots saved", async (name, viewport) => {
    const tab = await context.newPage();
    try {
      await tab.setViewportSize(viewport);
      const failed: string[] = [];
      tab.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      tab.on("requestfailed", (request) => failed.push(`failed ${request.url()}`));
      await tab.goto(plain.pageUrl);
      await tab.waitForSelector("body[data-ready=true]");
      // Evaluated in the page (this project compiles without the DOM types): how many lines each
      // button's label takes, and whether the page is wider than the viewport.
      const layout = () =>
        tab.evaluate(`(() => {
          const lines = (id) => {
            const range = document.createRange();
            range.selectNodeContents(document.getElementById(id));
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          };
          return {
            overflow: document.documentElement.scrollWidth > window.innerWidth,
            getCode: lines("get-code"),
            signIn: document.getElementById("code-form").hidden ? 1 : lines("sign-in"),
          };
        })()`);
      expect(await layout()).toEqual({ overflow: false, getCode: 1, signIn: 1 });
      await tab.screenshot({ path: join(artifacts, `${name}-start.png`), fullPage: true });

      await tab.fill("#phone", name === "phone" ? "8613800138021" : "8613800138022");
      await tab.click("#get-code");
      await tab.waitForSelector('#message[data-code="Success"]');
      // With the countdown on it, "Get code (30 s)" is at its widest.
      expect(await layout()).toEqual({ overflow: false, getCode: 1, signIn: 1 });
      await tab.screenshot({ path: join(artifacts, `${name}-code-sent.png`), fullPage: true });
      expect(failed).toEqual([]);
      expect(existsSync(join(artifacts, `${name}-code-sent.png`))).toBe(true);
    } finally {
      await tab.close();
    }
  });
});

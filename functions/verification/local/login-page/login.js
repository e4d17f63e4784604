// The login page's logic, written as an app's page would call the verification function: JSON
// POSTs to the function's URL on another origin (so the browser preflights them and enforces the
// function's CORS allow-list), replies read by codeStr / msg / details. The session lives in this
// page's memory only: the access token and the newest refresh token (each refresh retires the
// previous one), refreshed shortly before the access token expires. Nothing is written to
// localStorage or cookies; a reload signs out. Config comes from config.js (the dev server).
(function () {
  "use strict";

  const config = window.loginPageConfig;
  const requestTimeoutMs = 15000;
  const el = {};
  for (const id of [
    "function-url",
    "phone-form",
    "phone",
    "get-code",
    "code-form",
    "code-phone",
    "code",
    "sign-in",
    "resend",
    "session",
    "session-phone",
    "access-expiry",
    "access-remaining",
    "refresh-count",
    "access-token",
    "logout",
    "message",
  ]) {
    el[id] = document.getElementById(id);
  }

  /** { accessToken, refreshToken, expiresAt (ms, page clock), phone, refreshCount, refreshTimer } */
  let session;
  /** The number as the code was requested for; login sends the same text. */
  let codePhone;
  let busy = false;
  /** Sending is held until this time (ms) after a RateLimited reply. */
  let holdUntil = 0;
  let holdTimer;
  let countdownTimer;
  /** The current code has no attempts left: only a new code helps, so Sign in waits for one. */
  let codeSpent = false;

  // --- messages -------------------------------------------------------------------------------

  const limitText = {
    cooldown: "a code was sent to this number moments ago",
    daily: "this number has had all its codes for today",
    ip: "too many codes were requested from your network",
    budget: "the service is sending too many messages right now",
    loginIp: "too many wrong codes came from your network",
    loginPhone: "too many wrong codes were entered for this number today",
    provider: "the SMS provider is limiting messages to this number",
  };

  function seconds(value) {
    const n = Math.max(0, Math.ceil(Number(value) || 0));
    return n >= 120 ? `${Math.ceil(n / 60)} min` : `${n} s`;
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
  }

  /** A sentence for a reply of the function (or a transport failure dressed as one). */
  function describe(body) {
    const msg = typeof body.msg === "string" ? body.msg : "";
    switch (body.codeStr) {
      case "RateLimited":
        return (
          `Too many requests: ${limitText[body.limit] || "a limit was reached"}. ` +
          (body.retryAfter !== undefined ? `Try again in ${seconds(body.retryAfter)}.` : "Try again later.")
        );
      case "CodeIsError":
        return Number(body.attemptsLeft) > 0
          ? `Wrong code: ${plural(Number(body.attemptsLeft), "attempt")} left.`
          : "Wrong code, and that was the last attempt. Request a new code.";
      case "CodeHasValid":
        return "This code has no attempts left. Request a new code.";
      case "CodeHasExpired":
        return "There is no valid code for this number (expired, used or never sent). Send another code.";
      case "MissingCode":
        return "Enter the 6-digit code from the SMS.";
      case "InvalidPhone":
        return msg ? `${msg[0].toUpperCase()}${msg.slice(1)}.` : "This is not a mobile number the service serves.";
      case "CaptchaFailed":
        return "The Captcha check failed. Try again.";
      case "CaptchaRequired":
        return "The function requires a Captcha, but this page was not told about one (CAPTCHA_MODE and the page config disagree).";
      case "OriginNotAllowed":
        return `The function refuses calls from this page's origin (${location.origin}); add it to CORS_ALLOWED_ORIGINS.`;
      case "CorsBlocked":
        return (
          `The browser blocked the call: the function at ${config.functionUrl} answers, so most likely it does not ` +
          `allow this page's origin (${location.origin}). Add the origin to CORS_ALLOWED_ORIGINS (OriginNotAllowed).`
        );
      case "NetworkError":
        return `Cannot reach the function at ${config.functionUrl}. Is npm run dev still running?`;
      case "Timeout":
        return `The function at ${config.functionUrl} did not answer within ${seconds(requestTimeoutMs / 1000)}.`;
      case "SmsSendFailed":
        return body.outcome === "unknown"
          ? `The SMS may or may not have been sent; wait ${seconds(body.retryAfter)} before asking again.`
          : "The SMS could not be sent. Try again later.";
      case "InvalidRefreshToken":
      case "RefreshTokenReused":
        return "Your session has ended. Sign in again.";
      case "ServiceUnavailable":
        return "The service is unavailable right now. Try again shortly.";
      case "ServiceMisconfigured":
      case "InternalError":
        return `The service failed${body.requestId ? ` (request ${body.requestId})` : ""}; see the function's log.`;
      case "CaptchaUnavailable":
      case "CaptchaClosed":
        return msg;
      default:
        return msg || "Unexpected reply from the function.";
    }
  }

  function say(text, code, isError) {
    el.message.textContent = text;
    el.message.dataset.code = code || "";
    el.message.className = isError ? "error" : "";
  }

  /** The sentence for a reply; its codeStr stays in data-code for scripts, never in the text people read. */
  function sayReply(body, prefix) {
    const ok = body.codeStr === "Success";
    const codeStr = body.codeStr || "BadReply";
    say(`${prefix ? `${prefix} ` : ""}${describe(body)}`, codeStr, !ok);
  }

  // --- the function ---------------------------------------------------------------------------

  /**
   * One JSON POST. Resolves to the reply body (any status) or, when no reply could be read, to a
   * body with a client-side codeStr: CorsBlocked, NetworkError or Timeout.
   */
  async function callFunction(fields) {
    const headers = { "Content-Type": "application/json" };
    const key = idempotencyKeyFor(fields);
    if (key) headers["Idempotency-Key"] = key;
    let response;
    try {
      response = await fetch(config.functionUrl, {
        method: "POST",
        headers,
        body: JSON.stringify(fields),
        credentials: "omit",
        cache: "no-store",
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (error) {
      return diagnose(error);
    }
    let body;
    try {
      body = await response.json();
    } catch {
      // fall through
    }
    if (!body || typeof body.codeStr !== "string") {
      return { codeStr: "BadReply", msg: `HTTP ${response.status} from the function without a JSON reply.` };
    }
    if (!outcomeUnknown.has(body.codeStr)) lastAttempt = undefined;
    return body;
  }

  // Idempotency-Key (docs/http-api.md, "Retries and the Idempotency-Key header"): one key per
  // intended request, sent again only while that request's outcome is unknown — no reply, a 503 or
  // a 500 — so a retry after a lost reply gets the first outcome (the same tokens) instead of
  // CodeHasExpired or a revoked session. Any other reply is final: the next request gets a new key.
  const outcomeUnknown = new Set(["ServiceUnavailable", "InternalError"]);
  /** { request, key } of the last request whose outcome is still unknown. */
  let lastAttempt;

  function idempotencyKeyFor(fields) {
    if (fields.method === "logout") return undefined;
    const request = JSON.stringify([fields.method, fields.phone, fields.code, fields.refreshToken]);
    if (!lastAttempt || lastAttempt.request !== request) lastAttempt = { request, key: newIdempotencyKey() };
    return lastAttempt.key;
  }

  function newIdempotencyKey() {
    if (typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
    const bytes = window.crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  /**
   * A fetch that fails with a TypeError tells the page nothing (the browser hides whether CORS or
   * the network failed). The JWKS is readable from any origin, so: reachable JWKS → CORS refused us.
   */
  async function diagnose(error) {
    if (error && error.name === "TimeoutError") return { codeStr: "Timeout" };
    try {
      const probe = await fetch(new URL(".well-known/jwks.json", config.functionUrl), {
        cache: "no-store",
        credentials: "omit",
        signal: AbortSignal.timeout(5000),
      });
      if (probe.ok) return { codeStr: "CorsBlocked" };
    } catch {
      // unreachable as well
    }
    return { codeStr: "NetworkError" };
  }

  // --- Captcha (only when the function requires it) -------------------------------------------

  const captchaScript = config && config.captcha ? loadCaptchaScript(config.captcha.scriptUrl) : undefined;
  if (captchaScript) captchaScript.catch(() => undefined);

  function loadCaptchaScript(url) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url;
      script.async = true;
      script.onload = () =>
        typeof window.TencentCaptcha === "function" ? resolve() : reject(new Error("did not define TencentCaptcha"));
      script.onerror = () => reject(new Error("could not be loaded"));
      document.head.appendChild(script);
    });
  }

  function captchaNeeded(method) {
    return Boolean(config.captcha && config.captcha.methods.includes(method));
  }

  /** Shows the widget; resolves to { ticket, randstr }, or null after saying why there is none. */
  async function solveCaptcha() {
    try {
      await captchaScript;
    } catch (error) {
      say(
        `The Captcha script ${config.captcha.scriptUrl} ${error.message}; the function requires a Captcha, so nothing was sent.`,
        "CaptchaUnavailable",
        true,
      );
      return null;
    }
    // The documented contract: new TencentCaptcha(appId, callback, options).show(); the callback
    // gets { ret: 0, ticket, randstr } when solved, { ret: 2 } when the user closed it.
    const result = await new Promise((resolve) => {
      try {
        new window.TencentCaptcha(config.captcha.appId, resolve, {}).show();
      } catch (error) {
        resolve({ ret: -1, errorMessage: error && error.message });
      }
    });
    if (result && result.ret === 0 && result.ticket) return { ticket: result.ticket, randstr: result.randstr };
    if (result && result.ret === 2) say("Captcha closed; nothing was sent.", "CaptchaClosed", true);
    else say(`The Captcha did not complete (${(result && result.errorMessage) || "no ticket"}).`, "CaptchaUnavailable", true);
    return null;
  }

  // --- sending and signing in -----------------------------------------------------------------

  function setBusy(value) {
    busy = value;
    updateButtons();
  }

  function updateButtons() {
    const held = Date.now() < holdUntil;
    el["get-code"].disabled = busy || held;
    el.resend.disabled = busy || held;
    el["sign-in"].disabled = busy || codeSpent;
    el.logout.disabled = busy;
    const wait = held ? ` (${seconds((holdUntil - Date.now()) / 1000)})` : "";
    el["get-code"].textContent = `Get code${wait}`;
    el.resend.textContent = `Send another code${wait}`;
  }

  /** After RateLimited: the send buttons wait out retryAfter, with a countdown on them. */
  function holdSending(retryAfter) {
    holdUntil = Date.now() + Math.max(0, Number(retryAfter) || 0) * 1000;
    clearInterval(holdTimer);
    holdTimer = setInterval(() => {
      updateButtons();
      if (Date.now() >= holdUntil) clearInterval(holdTimer);
    }, 1000);
    updateButtons();
  }

  async function requestCode(phone) {
    if (!phone) {
      say("Enter your mobile number.", "InvalidPhone", true);
      return;
    }
    setBusy(true);
    try {
      const fields = { method: "getSms", phone };
      if (captchaNeeded("getSms")) {
        const answer = await solveCaptcha();
        if (!answer) return;
        Object.assign(fields, answer);
      }
      say("Sending a code…", "Pending");
      const body = await callFunction(fields);
      if (body.codeStr === "Success") {
        codePhone = phone;
        el["code-phone"].textContent = phone;
        el["code-form"].hidden = false;
        el.code.value = "";
        el.code.focus();
        codeSpent = false;
        say(`Code sent. It is valid for ${seconds(body.expiresIn)}.`, "Success");
        // The function refuses another code for this number during its cooldown: count it down.
        if (Number(config.resendCooldownSeconds) > 0) holdSending(config.resendCooldownSeconds);
      } else {
        sayReply(body);
        if (body.codeStr === "RateLimited") holdSending(body.retryAfter);
      }
    } finally {
      setBusy(false);
    }
  }

  async function signIn(code) {
    if (!/^\d{6}$/.test(code)) {
      say("Enter the 6-digit code from the SMS.", "MissingCode", true);
      return;
    }
    setBusy(true);
    try {
      const fields = { method: "login", phone: codePhone, code };
      if (captchaNeeded("login")) {
        const answer = await solveCaptcha();
        if (!answer) return;
        Object.assign(fields, answer);
      }
      const body = await callFunction(fields);
      if (body.codeStr === "Success" && body.accessToken && body.refreshToken) {
        startSession(body);
        say("Signed in.", "Success");
      } else {
        const spent =
          body.codeStr === "CodeHasValid" ||
          body.codeStr === "CodeHasExpired" ||
          (body.codeStr === "CodeIsError" && !(Number(body.attemptsLeft) > 0));
        if (spent) {
          codeSpent = true;
          el.code.value = "";
        }
        sayReply(body);
      }
    } finally {
      setBusy(false);
    }
  }

  // --- the session ----------------------------------------------------------------------------

  /** Claims of a JWT for display only; the app backend verifies tokens against the JWKS. */
  function claimsOf(token) {
    try {
      return JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
    } catch {
      return {};
    }
  }

  /** Refresh shortly before expiry: 60 s ahead, or a fifth of a short lifetime (48 s into 60 s). */
  function refreshDelayMs(expiresIn) {
    const lead = Math.min(60, Math.max(1, Math.floor(expiresIn / 5)));
    return Math.max(0, (expiresIn - lead) * 1000);
  }

  function adopt(body) {
    // Rotation: the newest refresh token replaces the previous one, which the function has retired.
    session.accessToken = body.accessToken;
    session.refreshToken = body.refreshToken;
    session.expiresAt = Date.now() + Number(body.expiresIn) * 1000;
    session.phone = claimsOf(body.accessToken).sub || codePhone;
    clearTimeout(session.refreshTimer);
    session.refreshTimer = setTimeout(refresh, refreshDelayMs(Number(body.expiresIn)));
    renderSession();
  }

  function startSession(body) {
    session = { refreshCount: 0 };
    adopt(body);
    el["phone-form"].hidden = true;
    el["code-form"].hidden = true;
    el.session.hidden = false;
    clearInterval(countdownTimer);
    countdownTimer = setInterval(renderRemaining, 1000);
  }

  function renderSession() {
    el["session-phone"].textContent = session.phone;
    const expiry = new Date(session.expiresAt);
    el["access-expiry"].dateTime = expiry.toISOString();
    el["access-expiry"].textContent = expiry.toLocaleTimeString();
    el["refresh-count"].textContent = String(session.refreshCount);
    el["access-token"].textContent = session.accessToken;
    renderRemaining();
  }

  function renderRemaining() {
    if (!session) return;
    const left = session.expiresAt - Date.now();
    el["access-remaining"].textContent = left > 0 ? seconds(left / 1000) : "expired";
  }

  async function refresh() {
    const current = session;
    if (!current) return;
    const body = await callFunction({ method: "refresh", refreshToken: current.refreshToken });
    if (session !== current) return; // signed out meanwhile
    if (body.codeStr === "Success" && body.accessToken && body.refreshToken) {
      current.refreshCount += 1;
      adopt(body);
      say("Access token refreshed.", "Refreshed");
    } else if (body.codeStr === "InvalidRefreshToken" || body.codeStr === "RefreshTokenReused") {
      endSession();
      sayReply(body);
    } else {
      // Transient (network, 503): retry while the access token is still good. The origin was
      // allowed a moment ago, so a blocked call is not worth a CORS diagnosis here.
      const left = current.expiresAt - Date.now();
      const retryMs = Math.min(5000, left / 2);
      const codeStr = body.codeStr || "BadReply";
      if (left > 2000) {
        current.refreshTimer = setTimeout(refresh, retryMs);
        say(`Could not refresh the access token; trying again in ${seconds(retryMs / 1000)}.`, "RefreshFailed", true);
      } else {
        say("Could not refresh the access token, and it expires now. Sign in again.", "RefreshFailed", true);
      }
      el.message.dataset.reason = codeStr;
    }
  }

  function endSession() {
    if (session) clearTimeout(session.refreshTimer);
    clearInterval(countdownTimer);
    session = undefined;
    el.session.hidden = true;
    el["access-token"].textContent = "";
    el["phone-form"].hidden = false;
  }

  async function logout() {
    const current = session;
    if (!current) return;
    setBusy(true);
    try {
      endSession();
      const body = await callFunction({ method: "logout", refreshToken: current.refreshToken });
      if (body.codeStr === "Success") say("Signed out; the refresh token is revoked.", "LoggedOut");
      else sayReply(body, "Signed out on this page, but the function did not confirm the logout:");
    } finally {
      setBusy(false);
    }
  }

  // --- wiring ---------------------------------------------------------------------------------

  if (!config || typeof config.functionUrl !== "string") {
    say("No function configured: open this page from npm run dev (it serves config.js).", "NoConfig", true);
    el["get-code"].disabled = true;
    return;
  }
  el["function-url"].textContent = config.functionUrl;
  el["phone-form"].addEventListener("submit", (event) => {
    event.preventDefault();
    if (!busy) requestCode(el.phone.value.trim());
  });
  el.resend.addEventListener("click", () => {
    if (!busy && codePhone) requestCode(codePhone);
  });
  el["code-form"].addEventListener("submit", (event) => {
    event.preventDefault();
    if (!busy) signIn(el.code.value.trim());
  });
  el.logout.addEventListener("click", () => {
    if (!busy) logout();
  });
  document.body.dataset.ready = "true";
})();

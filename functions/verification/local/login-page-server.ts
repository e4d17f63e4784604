// The page's side of `npm run dev`: serves the static login page (login-page/, not part of the
// SCF bundle) on its own origin and a small config.js telling the page where the function is and,
// when the environment turns Captcha on, which Captcha app and script to use. Nothing else is
// served: the page reaches the function cross-origin, exactly as an app's page would.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { join } from "node:path";

export interface LoginPageConfig {
  /** Where the page sends its JSON POSTs: the function's URL ("http://127.0.0.1:8080/"). */
  functionUrl: string;
  /** RESEND_COOLDOWN_SECONDS of the function: the page counts it down after a code is sent. */
  resendCooldownSeconds?: number;
  /** Present when the function requires Captcha for some methods. */
  captcha?: {
    /** CaptchaAppId, a string as TencentCaptcha(appId, callback, options) takes it. */
    appId: string;
    /** The Captcha JS that defines window.TencentCaptcha. */
    scriptUrl: string;
    /** Methods the function checks a ticket for. */
    methods: ("getSms" | "login")[];
  };
}

export const loginPageDirectory = join(__dirname, "login-page");

const assets: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/login.js": { file: "login.js", type: "text/javascript; charset=utf-8" },
  "/login.css": { file: "login.css", type: "text/css; charset=utf-8" },
};

const commonHeaders = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  // Tokens never leave in a Referer; the page links nowhere anyway.
  "Referrer-Policy": "no-referrer",
};

/** The config script the page loads before login.js. */
export function configScript(config: LoginPageConfig): string {
  // JSON is valid JS; escaping "<" keeps a value from closing a <script> if it were ever inlined.
  return `window.loginPageConfig = ${JSON.stringify(config).replace(/</g, "\\u003c")};\n`;
}

export function createLoginPageServer(config: LoginPageConfig): Server {
  const script = configScript(config);
  return createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...commonHeaders, Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      res.end("the login page is read-only\n");
      return;
    }
    if (path === "/config.js") {
      res.writeHead(200, { ...commonHeaders, "Content-Type": "text/javascript; charset=utf-8" });
      res.end(req.method === "HEAD" ? undefined : script);
      return;
    }
    const asset = assets[path];
    if (!asset) {
      res.writeHead(404, { ...commonHeaders, "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found: the login page is at /\n");
      return;
    }
    try {
      // Read on each request, so an edit to the page shows on reload without a restart.
      const body = await readFile(join(loginPageDirectory, asset.file));
      res.writeHead(200, { ...commonHeaders, "Content-Type": asset.type });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(500, { ...commonHeaders, "Content-Type": "text/plain; charset=utf-8" });
      res.end(`cannot read ${asset.file}\n`);
    }
  });
}

// A local stand-in for Tencent Captcha's web JS (TJCaptcha.js; Tencent's CDN is unreachable in
// tests). It serves a script with the documented contract — window.TencentCaptcha(appId, callback,
// options) with show(), the callback getting { ret: 0, ticket, randstr, appid } when solved and
// { ret: 2, ticket: null } when closed — on its own origin, like the CDN. "Solving" asks this
// server for a ticket, which it gets from the Captcha endpoint double (startCaptchaEndpoint), so
// the function's DescribeCaptchaResult check decides on a real ticket. Tests choose how the next
// challenges end: solved, solved with a ticket the API will refuse (wrong randstr), or closed.
import type { AddressInfo } from "node:net";
import * as http from "node:http";
import { listenOnLoopback, type LoopbackListener } from "./loopback-server";
import type { CaptchaEndpoint } from "./captcha-endpoint";

export type ChallengeEnding = "solved" | "wrongRandstr" | "closed";

export interface CaptchaWidget {
  /** "http://127.0.0.1:<port>/TJCaptcha.js" */
  scriptUrl: string;
  /** How many times a page loaded the script. */
  scriptLoads: number;
  /** Each show(): the app id the page constructed the widget with, and what the page was handed. */
  challenges: { appId: string; answer: { ret: number; ticket: string | null; randstr?: string } }[];
  /** The next challenges end this way (in order); when none is queued, they are solved. */
  queue(...endings: ChallengeEnding[]): void;
  stop(): Promise<void>;
}

function widgetScript(origin: string): string {
  return `// Stand-in for Tencent Captcha's TJCaptcha.js (tests only).
(function () {
  "use strict";
  var origin = ${JSON.stringify(origin)};
  function TencentCaptcha(appId, callback, options) {
    if (!(this instanceof TencentCaptcha)) throw new Error("TencentCaptcha must be called with new");
    if (typeof callback !== "function") throw new Error("TencentCaptcha needs a callback");
    this.appId = String(appId);
    this.callback = callback;
    this.options = options || {};
  }
  TencentCaptcha.prototype.show = function () {
    var self = this;
    fetch(origin + "/challenge?appId=" + encodeURIComponent(self.appId), { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (answer) { self.callback(answer); });
  };
  TencentCaptcha.prototype.destroy = function () {};
  window.TencentCaptcha = TencentCaptcha;
})();
`;
}

export async function startCaptchaWidget(endpoint: CaptchaEndpoint): Promise<CaptchaWidget> {
  const endings: ChallengeEnding[] = [];
  let listener: LoopbackListener | undefined;
  const widget: CaptchaWidget = {
    scriptUrl: "",
    scriptLoads: 0,
    challenges: [],
    queue: (...next) => void endings.push(...next),
    stop: () => listener?.close() ?? Promise.resolve(),
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (url.pathname === "/TJCaptcha.js") {
      widget.scriptLoads += 1;
      res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-store" });
      res.end(widgetScript(origin));
      return;
    }
    if (url.pathname === "/challenge") {
      const appId = url.searchParams.get("appId") ?? "";
      const ending = endings.shift() ?? "solved";
      const answer =
        ending === "closed"
          ? { ret: 2, ticket: null }
          : { ret: 0, appid: appId, ...endpoint.issueTicket(), ...(ending === "wrongRandstr" ? { randstr: "@notmine" } : {}) };
      widget.challenges.push({ appId, answer });
      res.writeHead(200, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" });
      res.end(JSON.stringify(answer));
      return;
    }
    res.writeHead(404).end();
  });
  listener = await listenOnLoopback(server);
  widget.scriptUrl = `${listener.url}/TJCaptcha.js`;
  return widget;
}

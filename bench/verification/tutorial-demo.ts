// The reference the service replaces: the login of Tencent's tutorial demo ("How to send SMS
// verification codes", SCF + TencentDB for Redis), rebuilt for the benchmark from what that demo
// does (issue 2 lists it): a new Redis connection per invocation, one JSON blob per phone read
// with GET, compared in JavaScript, no limits, no log line, a 200 reply with `codeStr`. Only its
// login is rebuilt, and only as far as a phone without a live code goes (GET → nothing → reply),
// which is the cheapest path it has. The connection uses ioredis with its defaults (the demo
// predates our client options), and is closed with QUIT after the reply is built, as a handler
// that did not leak connections would.
import { Redis } from "ioredis";

export interface TutorialDemoTarget {
  host: string;
  port: number;
  password?: string;
}

interface DemoEvent {
  body?: string;
}

interface DemoReply {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** The demo's main_handler for `{"method":"login","phone":…,"code":…}` POST bodies. */
export function tutorialDemoHandler(target: TutorialDemoTarget): (event: DemoEvent) => Promise<DemoReply> {
  return async (event) => {
    const params = JSON.parse(event.body ?? "{}") as { method?: string; phone?: string; code?: string };
    const redis = new Redis({ host: target.host, port: target.port, password: target.password });
    try {
      const stored = await redis.get(String(params.phone));
      let codeStr: string;
      if (!stored) codeStr = "CodeHasExpired";
      else {
        const blob = JSON.parse(stored) as { code?: string };
        codeStr = blob.code === params.code ? "Success" : "CodeIsError";
      }
      return {
        statusCode: 200,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ codeStr, msg: codeStr }),
      };
    } finally {
      // QUIT: the server closes the socket, so the bench's thousands of short connections leave no
      // TIME_WAIT entries on the client's ephemeral ports.
      void redis.quit().catch(() => undefined);
    }
  };
}

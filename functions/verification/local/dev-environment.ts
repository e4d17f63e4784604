// The local conveniences of `npm run dev`, applied to a copy of the environment before the
// function's own config parser reads it: local secrets with a generated pepper, console SMS, the
// tutorial's GET/form requests, and a CORS allow-list holding the login page's origins. Each
// default says what it did, so the console shows which variables were not set.
import { randomBytes } from "node:crypto";

export interface DevEnvironment {
  env: NodeJS.ProcessEnv;
  /** One line per default that was applied, for the console. */
  notes: string[];
}

/** The origins the login page is served from (both names of the loopback address). */
export function loginPageOrigins(pagePort: number): string[] {
  return [`http://127.0.0.1:${pagePort}`, `http://localhost:${pagePort}`];
}

export function applyDevDefaults(source: NodeJS.ProcessEnv, pagePort: number): DevEnvironment {
  const env: NodeJS.ProcessEnv = { ...source };
  const notes: string[] = [];
  if (!env.SECRETS_SOURCE) {
    env.SECRETS_SOURCE = "local";
    notes.push("SECRETS_SOURCE not set, reading secrets from the environment (local source)");
  }
  if (env.SECRETS_SOURCE === "local" && !env.CODE_PEPPER) {
    env.CODE_PEPPER = randomBytes(24).toString("hex");
    notes.push("CODE_PEPPER not set, generated one for this process (codes do not survive a restart)");
  }
  if (!env.LEGACY_REQUESTS) {
    // As in the dev environment of the table: the tutorial's GET/form requests keep working.
    env.LEGACY_REQUESTS = "true";
  }
  if (!env.CORS_ALLOWED_ORIGINS) {
    // The login page lives on its own origin, like a real app's page, and calls the function cross-origin.
    env.CORS_ALLOWED_ORIGINS = loginPageOrigins(pagePort).join(",");
  }
  if (!env.SMS_SENDER) {
    env.SMS_SENDER = "console";
    notes.push("SMS_SENDER not set, using console (messages are printed, not sent)");
  }
  return { env, notes };
}

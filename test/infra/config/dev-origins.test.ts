// The dev environment's CORS allow-list names the origin `npm run dev` serves the login page on
// (issue 20, item 9: it named the function's port, 8080, while the page is on 8081), so the page
// works against a deployed dev function as it does locally.
import { parseDevCommandLine } from "../../../cli/dev/dev-command-line";
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { loginPageOrigins } from "../../../functions/verification/local/dev-environment";

it("allows the login page's default origins in the dev environment", () => {
  const parsed = parseDevCommandLine([], {});
  if (parsed.help) throw new Error("no settings");
  const dev = ENVIRONMENTS.find((entry) => entry.name === "dev");
  expect([...(dev?.sessions.allowedOrigins ?? [])].sort()).toEqual(loginPageOrigins(parsed.settings.pagePort).sort());
});

// `npm run keys -- <status|rotate> <env>`: manages the environment's ES256 signing keys in its
// `<app>-<env>-signing-keys` Secrets Manager secret with the deployer's credentials
// (TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, optional TENCENTCLOUD_SESSION_TOKEN).
// `rotate` does the next due step of functions/verification/tokens/key-rotation.ts; private keys
// are never printed. `npm run apply` writes the first key of a new environment itself
// (first-signing-key.ts); run `rotate` whenever you rotate.
import { CommandLineError, parseCommandLine } from "../../tools/command-line";
import { secretVersionId } from "../../functions/verification/secrets/secret-layout";
import { nextRotationStep, type RotationTimings } from "../../functions/verification/tokens/key-rotation";
import { parseKeySetDocument } from "../../functions/verification/tokens/key-set";
import { jwksMaxAgeSeconds } from "../../functions/verification/http/cors";
import { ENVIRONMENTS } from "../config/environments";
import { validateEnvironment } from "../config/validate-environment";
import { signingKeysSecret } from "./signing-keys-secret";

export const usage = `usage: npm run keys -- <command> <env>

commands:
  status <env>   list the signing keys (kid, state, times; never key material)
  rotate <env>   do the next due rotation step: add a pending key, promote it once every app
                 has seen it, drop the previous key once its tokens have expired

options:
  -h, --help     show this help

credentials: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN for a
temporary key) with ssm:GetSecretValue and ssm:UpdateSecret on <app>-<env>-signing-keys.`;

/** How long containers may keep an old copy of the key set (functions' SECRETS_REFRESH_SECONDS default). */
const containerRefreshSeconds = 300;
/** Slack for clocks and slow caches. */
const marginSeconds = 60;

export interface KeysCliDeps {
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  out: (line: string) => void;
}

export function timingsFor(accessTokenTtlSeconds: number): RotationTimings {
  return {
    publishWaitSeconds: jwksMaxAgeSeconds + containerRefreshSeconds + marginSeconds,
    dropWaitSeconds: accessTokenTtlSeconds + containerRefreshSeconds + marginSeconds,
  };
}

/** Exit status: 0 done, 3 step not due yet, 64 usage, 1 failure. */
export async function runKeysCli(argv: string[], deps: KeysCliDeps): Promise<number> {
  let command: string;
  let envName: string;
  try {
    const parsed = parseCommandLine(argv, { options: {}, positionals: { min: 2, max: 2, name: "<command> <env>" } });
    if (parsed.help) {
      deps.out(usage);
      return 0;
    }
    [command, envName] = parsed.positionals as [string, string];
    if (command !== "status" && command !== "rotate")
      throw new CommandLineError(`unknown command ${JSON.stringify(command)}; commands: status, rotate`);
  } catch (error) {
    if (!(error instanceof CommandLineError)) throw error;
    deps.out(`keys: ${error.message}\n\n${usage}`);
    return 64;
  }
  const settings = ENVIRONMENTS.find((e) => e.name === envName);
  if (!settings) {
    deps.out(`keys: no environment ${JSON.stringify(envName)}; environments: ${ENVIRONMENTS.map((e) => e.name).join(", ")}`);
    return 64;
  }
  const config = validateEnvironment(settings);
  const { ssm, secretName } = signingKeysSecret(config, deps.env);

  try {
    const parsed = parseKeySetDocument(await ssm.getSecretString(secretName, secretVersionId), secretName);
    if (!parsed.ok) {
      deps.out(`keys: ${parsed.problems.join("; ")}`);
      return 1;
    }
    if (command === "status") {
      if (parsed.value.keys.length === 0)
        deps.out(`${secretName}: no keys yet (npm run apply writes the first one); or run: npm run keys -- rotate ${envName}`);
      for (const key of parsed.value.keys) {
        const times = [
          `created ${key.createdAt}`,
          key.promotedAt && `promoted ${key.promotedAt}`,
          key.retiredAt && `retired ${key.retiredAt}`,
        ]
          .filter(Boolean)
          .join(", ");
        deps.out(`${key.kid}  ${key.status.padEnd(8)}  ${times}`);
      }
      return 0;
    }
    const step = nextRotationStep(parsed.value, deps.clock(), timingsFor(config.sessions.accessTokenTtlSeconds));
    if (step.kind === "notYet") {
      deps.out(`keys: nothing due: ${step.reason} ${step.dueAt.toISOString()}`);
      return 3;
    }
    await ssm.updateSecretString(secretName, secretVersionId, JSON.stringify(step.next));
    for (const action of step.actions) deps.out(`${secretName}: ${action}`);
    return 0;
  } catch (error) {
    deps.out(`keys: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  runKeysCli(process.argv.slice(2), { env: process.env, clock: () => new Date(), out: (line) => console.log(line) }).then(
    (status) => process.exit(status),
    (error: unknown) => {
      console.error(`keys: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

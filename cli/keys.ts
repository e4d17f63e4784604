// `npm run keys -- <status|rotate> <env>`: manages the environment's ES256 signing keys in its
// `<app>-<env>-signing-keys` Secrets Manager secret with the deployer's credentials.
// `rotate` does the next due step of functions/verification/tokens/key-rotation.ts; private keys
// are never printed. Run it once after the first apply, then whenever you rotate.
import { SecretsManager } from "../functions/shared/ssm/secrets-manager";
import { secretVersionId } from "../functions/verification/secrets/secret-layout";
import { nextRotationStep } from "../functions/verification/tokens/key-rotation";
import { parseKeySetDocument } from "../functions/verification/tokens/key-set";
import type { EnvironmentEntry } from "../infra/config/environment-settings";
import { validateEnvironment } from "../infra/config/validate-environment";
import { ResourceNames } from "../infra/constructs/resource-names";
import { timingsFor } from "../infra/keys/rotation-timings";
import { requireDeployerCredential } from "../functions/shared/tencent/credential";
import { CliError, EXIT, parseCommandLine, processIo, runAsEntryPoint, runCli, usageError, type CliIo } from "./command-line";
import { loadEnvironmentTable } from "./environment-table";

export const usage = `usage: npm run keys -- <command> <env>

commands:
  status <env>   list the signing keys (kid, state, times; never key material)
  rotate <env>   do the next due rotation step: add a pending key, promote it once every app
                 has seen it, drop the previous key once its tokens have expired

options:
  -h, --help     show this help

credentials: TENCENTCLOUD_SECRET_ID + TENCENTCLOUD_SECRET_KEY, or TENCENTCLOUD_SECRETID +
TENCENTCLOUD_SECRETKEY (optional session token: TENCENTCLOUD_SECURITY_TOKEN / TENCENTCLOUD_SESSIONTOKEN),
with ssm:GetSecretValue and ssm:UpdateSecret on <app>-<env>-signing-keys.
SSM_ENDPOINT: another Secrets Manager address (a proxy or a local double).
exit: 0 done; 3 rotate: no step due yet; 1 failed; 64 bad usage`;

export interface KeysCliDeps {
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  io: CliIo;
  table?: readonly EnvironmentEntry[];
}

export async function runKeysCli(argv: readonly string[], deps: KeysCliDeps): Promise<number> {
  const { io } = deps;
  return runCli(
    "keys",
    async () => {
      const parsed = parseCommandLine(argv, { options: {}, positionals: { min: 2, max: 2, name: "<command> <env>" } });
      if (parsed.help) {
        io.stdout(`${usage}\n`);
        return EXIT.OK;
      }
      const [command, envName] = parsed.positionals as [string, string];
      if (command !== "status" && command !== "rotate")
        throw usageError(`unknown command ${JSON.stringify(command)}; commands: status, rotate`, usage.split("\n")[0]!);
      const table = deps.table ?? loadEnvironmentTable();
      const settings = table.find((e) => e.name === envName);
      if (!settings)
        throw new CliError("ENVIRONMENT_UNKNOWN", `no environment "${envName}"; known: ${table.map((e) => e.name).join(", ")}`);
      const config = validateEnvironment(settings);
      const secretName = new ResourceNames(config.app, config.name).of("signing-keys");
      // Checked before the first call, so a missing key is a CREDENTIALS_MISSING line, not an SSM failure.
      requireDeployerCredential(deps.env);
      const ssm = new SecretsManager(
        { region: config.region, endpoint: deps.env.SSM_ENDPOINT?.trim() || undefined, timeoutSeconds: 10 },
        () => requireDeployerCredential(deps.env),
      );
      const document = parseKeySetDocument(await ssm.getSecretString(secretName, secretVersionId), secretName);
      if (!document.ok) throw new CliError("KEY_SET_INVALID", document.problems.join("; "));
      if (command === "status") {
        if (document.value.keys.length === 0) io.stdout(`${secretName}: no keys yet; run: npm run keys -- rotate ${envName}\n`);
        for (const key of document.value.keys) {
          const times = [
            `created ${key.createdAt}`,
            key.promotedAt && `promoted ${key.promotedAt}`,
            key.retiredAt && `retired ${key.retiredAt}`,
          ]
            .filter(Boolean)
            .join(", ");
          io.stdout(`${key.kid}  ${key.status.padEnd(8)}  ${times}\n`);
        }
        return EXIT.OK;
      }
      const step = nextRotationStep(document.value, deps.clock(), timingsFor(config.sessions.accessTokenTtlSeconds));
      if (step.kind === "notYet") {
        io.stdout(`keys: nothing due: ${step.reason} ${step.dueAt.toISOString()}\n`);
        return EXIT.PARTIAL;
      }
      await ssm.updateSecretString(secretName, secretVersionId, JSON.stringify(step.next));
      for (const action of step.actions) io.stdout(`${secretName}: ${action}\n`);
      return EXIT.OK;
    },
    io,
    usage,
  );
}

export const main = (argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo = processIo) =>
  runKeysCli(argv, { env, clock: () => new Date(), io });
runAsEntryPoint(module, main);

// What CI does with each environment of the table: every environment is planned for review on a
// pull request; environments whose state lives in a COS backend are applied on a push to main,
// in table order, unless the entry opts out with `ci: { apply: false }`. An environment with
// local state is never applied by CI: the runner's disk (and with it the state) is discarded.
import { EnvironmentSettings } from "./environment-settings";

export interface CiEnvironment {
  name: string;
  region: string;
  /** "cos" or "local". */
  backend: string;
  /** Applied by the apply workflow after its plan was reviewed. */
  apply: boolean;
  /** Why it is (not) applied, for `npm run envs` and the docs. */
  reason: string;
}

export interface CiPlan {
  environments: CiEnvironment[];
  /** Every environment, in table order: the plan job's matrix. */
  plan: string[];
  /** The apply chain, in table order; never contains a local-state environment. */
  apply: string[];
}

export function ciEnvironmentOf(env: Pick<EnvironmentSettings, "name" | "region" | "backend" | "ci">): CiEnvironment {
  const backend = env.backend?.kind ?? "local";
  if (backend !== "cos") {
    return {
      name: env.name,
      region: env.region,
      backend,
      apply: false,
      reason: "local state: planned for review only, apply it from your machine",
    };
  }
  if (env.ci?.apply === false) {
    return { name: env.name, region: env.region, backend, apply: false, reason: "ci.apply is false in the table" };
  }
  return { name: env.name, region: env.region, backend, apply: true, reason: "COS state: applied after review" };
}

export function ciPlanOf(table: readonly Pick<EnvironmentSettings, "name" | "region" | "backend" | "ci">[]): CiPlan {
  const environments = table.map(ciEnvironmentOf);
  return {
    environments,
    plan: environments.map((e) => e.name),
    apply: environments.filter((e) => e.apply).map((e) => e.name),
  };
}

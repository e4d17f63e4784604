// Knows which state backend a synthesized stack uses. A CI runner's disk disappears when
// the job ends, so applying a stack with local state there would create real resources and
// then lose track of them: apply refuses that up front.
import { readFileSync } from "node:fs";
import { WorkflowError } from "./workflow-error";

export function stateBackendOf(synthesizedPath: string): string {
  const document = JSON.parse(readFileSync(synthesizedPath, "utf8")) as { terraform?: { backend?: Record<string, unknown> } };
  const backends = Object.keys(document.terraform?.backend ?? {});
  return backends[0] ?? "local";
}

export function requireRemoteState(synthesizedPath: string, env: string): void {
  const backend = stateBackendOf(synthesizedPath);
  if (backend === "local") {
    throw new WorkflowError(
      "LOCAL_STATE_IN_CI",
      `the ${env} stack keeps its state in a local file; applying it on a CI runner would lose the state when the job ends. Configure a COS state backend for ${env} in the environment table first`,
    );
  }
}

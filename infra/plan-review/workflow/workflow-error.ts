// Why a plan or apply step stopped: a stable code (PLAN_STALE, TERRAFORM_INIT_FAILED, …) and a
// message for the person at the terminal. The CLIs (cli/plan.ts, cli/apply.ts) print it in the
// shared error format; the workflow itself knows nothing about terminals or exit statuses.
export class WorkflowError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "WorkflowError";
  }
}

/** Where a workflow step writes what the operator reads (the CLI passes its own streams). */
export interface WorkflowIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

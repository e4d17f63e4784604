// The shape of one register entry: a name the cloud interprets, and where it is vouched for.
// Terraform and the SDKs accept these as free strings; a wrong one is accepted and then silently
// does nothing (an alarm that never fires, a grant that matches no resource). So each one is
// written down once, in cloud/<service>.ts, next to its source — a documentation URL or a path in
// the provider source at the tag we run (tencentcloudstack/terraform-provider-tencentcloud v1.83.25)
// — and `confirm` says how an operator confirms it in a live account (docs/operations.md, "first
// apply checklist"). Code reads the names from here only.

/** Where a name comes from. */
export interface Source {
  /** A documentation URL, or `provider:<path>@v1.83.25` for the provider's source. */
  source: string;
  /** How to see it is right in a real account (only for names nothing checks at plan time). */
  confirm?: string;
}

/** A single name with its source. */
export interface CloudName<T extends string = string> extends Source {
  name: T;
}

/** The provider's source at the tag we build and test with. */
export const PROVIDER_SOURCE = (path: string) => `provider:tencentcloud/services/${path}@v1.83.25`;

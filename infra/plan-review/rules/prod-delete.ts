// Guards every deletion in prod. A replacement deletes the existing object first (or right
// after creating its successor), so it counts as a deletion too.
import { destroysExisting } from "../change-kind";
import type { GuardRule } from "./guard-rule";

export const PROTECTED_ENVIRONMENT = "prod";

export const prodDelete: GuardRule = {
  id: "prod-delete",
  description: "any delete (including the delete half of a replacement) in the prod environment",
  check({ change, kind }, { environment }) {
    if (environment !== PROTECTED_ENVIRONMENT || change.mode !== "managed") return undefined;
    if (!destroysExisting(kind)) return undefined;
    return kind === "replace" ? "replacement deletes the existing object in prod" : "deletes an object in prod";
  },
};

// The guard rules the review runs, in the order findings are listed.
import { camTrustPolicyChanged } from "./cam-trust-policy-changed";
import type { GuardRule } from "./guard-rule";
import { prodDelete } from "./prod-delete";
import { statefulResourceReplaced } from "./stateful-resource-replaced";

export const GUARD_RULES: readonly GuardRule[] = [statefulResourceReplaced, prodDelete, camTrustPolicyChanged];

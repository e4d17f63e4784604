// Guards replacing or deleting the resources whose loss is not recoverable by re-applying:
// the Redis instance holds every live code and counter, the VPC/subnet carry everything
// else, the COS bucket holds data (and state). A provider-forced replacement of any of these
// must be an explicit decision (`--allow-replace <address>`).
import { destroysExisting } from "../change-kind";
import type { GuardRule } from "./guard-rule";

export const STATEFUL_RESOURCE_TYPES: readonly string[] = [
  "tencentcloud_redis_instance",
  "tencentcloud_vpc",
  "tencentcloud_subnet",
  "tencentcloud_cos_bucket",
];

export const statefulResourceReplaced: GuardRule = {
  id: "stateful-resource-replaced",
  description: "replace or delete of a stateful/foundation resource (Redis instance, VPC, subnet, COS bucket)",
  check({ change, kind }) {
    if (change.mode !== "managed" || !STATEFUL_RESOURCE_TYPES.includes(change.type)) return undefined;
    if (!destroysExisting(kind)) return undefined;
    return kind === "replace"
      ? `${change.type} would be destroyed and recreated (its data and address are lost)`
      : `${change.type} would be deleted`;
  },
};

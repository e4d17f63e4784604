// The provider schemas synthesized stacks are checked against (the committed filtered tencentcloud
// schema; no schema is available offline for hashicorp/random).
import { readFilteredSchema } from "../../../infra/bindings/filtered-schema";

export const PROVIDER_SCHEMAS = [readFilteredSchema()];

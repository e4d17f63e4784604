// Writes the committed tencentcloud-shaped plan fixtures (run by make-fixtures.sh), so
// the CLI tests and readers of the README can look at one concrete document.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { devFunctionUpdatePlan, foundationReplacePlan } from "./tencentcloud-plan";

const dir = join(__dirname, "..", "fixtures");
writeFileSync(join(dir, "tencentcloud-dev-update.plan.json"), `${JSON.stringify(devFunctionUpdatePlan(), null, 2)}\n`);
writeFileSync(
  join(dir, "tencentcloud-staging-replace.plan.json"),
  `${JSON.stringify(foundationReplacePlan("staging"), null, 2)}\n`,
);
console.log("wrote tencentcloud-dev-update.plan.json, tencentcloud-staging-replace.plan.json");

// Every taggable resource carries env, app and managed-by; every named resource follows
// `<app>-<env>-<part>`.
import { ENVIRONMENT_NAMES, environmentTemplate } from "./support/environment-fixtures";
import { PROVIDER_SCHEMAS } from "./support/provider-schemas";

const resourceSchemas = Object.values(PROVIDER_SCHEMAS[0].provider_schemas)[0].resource_schemas ?? {};
const NAME_ATTRIBUTES = ["name", "service_name"];

describe.each(ENVIRONMENT_NAMES)("environment %s", (env) => {
  const template = environmentTemplate(env);
  const resources = Object.entries(template.document.resource).flatMap(([type, instances]) =>
    Object.entries(instances).map(([id, body]) => ({ type, id, body })),
  );

  it("tags every resource whose schema has tags with env, app and managed-by", () => {
    const taggable = resources.filter((r) => resourceSchemas[r.type]?.block.attributes?.tags);
    expect(taggable.length).toBeGreaterThanOrEqual(6);
    for (const { type, id, body } of taggable) {
      expect({ resource: `${type}.${id}`, tags: body.tags }).toEqual({
        resource: `${type}.${id}`,
        tags: expect.objectContaining({ env, app: "smsverify", "managed-by": "cdktf" }),
      });
    }
  });

  it("names resources <app>-<env>-<part>", () => {
    const named = resources.filter((r) => r.type.startsWith("tencentcloud_") && NAME_ATTRIBUTES.some((a) => a in r.body));
    expect(named.length).toBeGreaterThanOrEqual(6);
    for (const { body } of named) {
      const name = String(body.name ?? body.service_name);
      expect(name.replace(/_/g, "-")).toMatch(new RegExp(`^smsverify-${env}-[a-z-]+$`));
    }
  });
});

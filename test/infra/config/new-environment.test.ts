// `npm run envs -- new <name> --like <env>`: what the copy changes, what it marks as yours, what it refuses.
import { newEnvironmentEntry, renderEntry } from "../../../infra/config/new-environment";
import { ENVIRONMENTS } from "../../../infra/config/environments";
import { isPlaceholder } from "../../../infra/config/placeholder";
import { validateEnvironments } from "../../../infra/config/validate-environment";

const placeholdersOf = (name: string, entry = newEnvironmentEntry(ENVIRONMENTS, name, "staging")) =>
  validateEnvironments([...ENVIRONMENTS, entry])
    .find((c) => c.name === name)!
    .placeholders.map((p) => p.field);

describe("a new environment copied from another", () => {
  it("gets its own name, audience and VPC range, and placeholders for issuer and origins; the table stays valid", () => {
    const qa = newEnvironmentEntry(ENVIRONMENTS, "qa", "staging");
    expect(qa).toMatchObject({ name: "qa", sessions: { audience: "smsverify-qa" }, network: { vpcCidr: "10.40.0.0/16" } });
    expect(isPlaceholder(qa.sessions.issuer)).toBe(true);
    expect((qa.sessions.allowedOrigins ?? []).every(isPlaceholder)).toBe(true);
    expect(placeholdersOf("qa")).toEqual(
      expect.arrayContaining(["sessions.issuer", "sessions.allowedOrigins[0]", "operations.alarms.contacts.userIds[0]"]),
    );
  });

  it("copying dev into a non-dev environment turns alarms on (with placeholder recipients), COS state and legacy requests off", () => {
    const uat = newEnvironmentEntry(ENVIRONMENTS, "uat", "dev");
    expect(uat.operations.alarms.enabled).toBe(true);
    expect(uat.backend.kind).toBe("cos");
    expect(uat.sessions.legacyRequests).toBe(false);
    expect(placeholdersOf("uat", uat)).toEqual(
      expect.arrayContaining(["backend.bucket", "operations.alarms.contacts.userIds[0]"]),
    );
    // Another dev environment keeps dev's conveniences.
    expect(newEnvironmentEntry(ENVIRONMENTS, "dev-alice", "dev").operations.alarms.enabled).toBe(false);
  });

  it("refuses a name already in the table and an unknown environment to copy", () => {
    expect(() => newEnvironmentEntry(ENVIRONMENTS, "prod", "staging")).toThrow('environment "prod" already exists');
    expect(() => newEnvironmentEntry(ENVIRONMENTS, "qa", "stagng")).toThrow(
      'no environment "stagng" to copy; environments: dev, staging, prod',
    );
  });

  it("renders placeholders as yours(example, hint) calls and quotes keys that are not identifiers", () => {
    const text = renderEntry(newEnvironmentEntry(ENVIRONMENTS, "qa", "staging"));
    expect(text).toContain('issuer: yours("https://login-qa.example.com", ');
    expect(text).toContain('"cost-center": "sms-verification"');
  });
});

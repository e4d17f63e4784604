// SCF role credentials: read from the injected variables on every call, missing ones named.
import {
  TencentCredentialError,
  credentialFromScfEnvironment,
  deployerCredentialFrom,
} from "../../../../functions/shared/tencent/credential";

describe("credentialFromScfEnvironment", () => {
  it("reads SCF's TENCENTCLOUD_* variables, including the session token", () => {
    const read = credentialFromScfEnvironment({
      TENCENTCLOUD_SECRETID: "AKIDone",
      TENCENTCLOUD_SECRETKEY: "key-one",
      TENCENTCLOUD_SESSIONTOKEN: "token-one",
    });
    expect(read()).toEqual({ secretId: "AKIDone", secretKey: "key-one", token: "token-one" });
  });

  it("omits the token for a permanent key", () => {
    const read = credentialFromScfEnvironment({ TENCENTCLOUD_SECRETID: "AKIDone", TENCENTCLOUD_SECRETKEY: "key-one" });
    expect(read()).toEqual({ secretId: "AKIDone", secretKey: "key-one" });
  });

  it("sees a rotated key on the next call", () => {
    const env: NodeJS.ProcessEnv = { TENCENTCLOUD_SECRETID: "AKIDone", TENCENTCLOUD_SECRETKEY: "key-one" };
    const read = credentialFromScfEnvironment(env);
    expect(read().secretKey).toBe("key-one");
    env.TENCENTCLOUD_SECRETID = "AKIDtwo";
    env.TENCENTCLOUD_SECRETKEY = "key-two";
    expect(read()).toEqual({ secretId: "AKIDtwo", secretKey: "key-two" });
  });

  it("names every missing variable and never a value", () => {
    const read = credentialFromScfEnvironment({ TENCENTCLOUD_SESSIONTOKEN: "orphan-token", TENCENTCLOUD_SECRETKEY: "  " });
    expect(read).toThrow(TencentCredentialError);
    try {
      read();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("TENCENTCLOUD_SECRETID");
      expect(message).toContain("TENCENTCLOUD_SECRETKEY");
      expect(message).not.toContain("orphan-token");
    }
  });

  it("accepts Terraform's spelling (TENCENTCLOUD_SECRET_ID / _KEY / SECURITY_TOKEN) for the operator CLIs", () => {
    const read = credentialFromScfEnvironment({
      TENCENTCLOUD_SECRET_ID: "AKIDtf",
      TENCENTCLOUD_SECRET_KEY: "key-tf",
      TENCENTCLOUD_SECURITY_TOKEN: "tok",
    });
    expect(read()).toEqual({ secretId: "AKIDtf", secretKey: "key-tf", token: "tok" });
  });

  it("never pairs an id of one spelling with a key of the other", () => {
    const read = credentialFromScfEnvironment({ TENCENTCLOUD_SECRETID: "AKIDscf", TENCENTCLOUD_SECRET_KEY: "key-tf" });
    expect(read).toThrow(/TENCENTCLOUD_SECRETKEY not set/);
  });

  it("names both spellings when nothing is set", () => {
    expect(credentialFromScfEnvironment({})).toThrow(
      /TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY, \(or TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY\) not set/,
    );
  });
});

describe("deployerCredentialFrom (the operator CLIs)", () => {
  it("sends the session token Terraform reads (TENCENTCLOUD_SECURITY_TOKEN) with Terraform's key pair", () => {
    // One exported temporary credential serves `npm run plan`/`apply` (terraform) and the steps the
    // CLIs run themselves (the first signing key): without its token the key pair is refused.
    expect(
      deployerCredentialFrom({
        TENCENTCLOUD_SECRET_ID: "AKIDtf",
        TENCENTCLOUD_SECRET_KEY: "key-tf",
        TENCENTCLOUD_SECURITY_TOKEN: "tok",
      }),
    ).toEqual({ secretId: "AKIDtf", secretKey: "key-tf", token: "tok" });
  });

  it("still reads TENCENTCLOUD_SESSION_TOKEN, the name earlier docs gave, when the Terraform one is unset", () => {
    expect(
      deployerCredentialFrom({
        TENCENTCLOUD_SECRET_ID: "AKIDtf",
        TENCENTCLOUD_SECRET_KEY: "key-tf",
        TENCENTCLOUD_SESSION_TOKEN: "old",
      }),
    ).toEqual({ secretId: "AKIDtf", secretKey: "key-tf", token: "old" });
  });

  it("pairs SCF's key pair with SCF's token only", () => {
    expect(
      deployerCredentialFrom({
        TENCENTCLOUD_SECRETID: "AKIDscf",
        TENCENTCLOUD_SECRETKEY: "key-scf",
        TENCENTCLOUD_SESSIONTOKEN: "scf-tok",
        TENCENTCLOUD_SECURITY_TOKEN: "tf-tok",
      }),
    ).toEqual({ secretId: "AKIDscf", secretKey: "key-scf", token: "scf-tok" });
  });
});

// The optional `campaigns` block is validated with the rest of the entry: each mistake fails synth
// naming the environment and the field; a valid block gets its bucket name and template text.
import { EnvironmentConfigError } from "../../infra/config/environment-config-error";
import { CampaignSettings, EnvironmentSettings } from "../../infra/config/environment-settings";
import { ENVIRONMENTS } from "../../infra/config/environments";
import { scfTimerCronProblem } from "../../infra/config/scf-timer-cron";
import { validateEnvironment, validateEnvironments } from "../../infra/config/validate-environment";
import { baseSettings } from "./support/environment-fixtures";

type Change = (c: CampaignSettings, s: EnvironmentSettings) => void;

function validateWith(change: Change) {
  const settings = baseSettings();
  change(settings.campaigns!, settings);
  return validateEnvironment(settings);
}

function problemsOf(change: Change): EnvironmentConfigError {
  try {
    validateWith(change);
  } catch (error) {
    if (error instanceof EnvironmentConfigError) return error;
    throw error;
  }
  throw new Error("validation accepted an invalid campaigns block");
}

describe("campaigns block", () => {
  it("is enabled in dev, staging and prod out of the box", () => {
    expect(validateEnvironments(ENVIRONMENTS).map((e) => [e.name, e.campaigns?.bucketName])).toEqual([
      ["dev", "smsverify-dev-campaigns-1250000000"],
      ["staging", "smsverify-staging-campaigns-1250000000"],
      ["prod", "smsverify-prod-campaigns-1250000000"],
    ]);
  });

  it("is optional: an entry without it validates and has no campaigns", () => {
    const settings = baseSettings();
    delete settings.campaigns;
    expect(validateEnvironment(settings).campaigns).toBeUndefined();
  });

  it("derives the bucket name from app, env and APPID, and fills template text from the catalogue", () => {
    const config = validateWith((c) => {
      c.appId = "1300000042";
      c.templates = [{ key: "spring-festival", name: "sf", international: 0, remark: "r" }];
    });
    expect(config.campaigns?.bucketName).toBe("smsverify-dev-campaigns-1300000042");
    expect(config.campaigns?.templates[0].content).toMatch(/Happy Spring Festival/);
  });

  it("defaults old-version retention to at most 30 days", () => {
    const config = validateWith((c) => {
      c.bucket = { versioning: true, retentionDays: 60 };
    });
    expect(config.campaigns?.bucket.noncurrentRetentionDays).toBe(30);
  });
});

const INVALID_CASES: Array<[string, string, Change]> = [
  [
    "APPID not numeric",
    "campaigns.appId",
    (c) => {
      c.appId = "my-account";
    },
  ],
  [
    "bucket name too long for COS",
    "campaigns.appId",
    (c, s) => {
      s.app = "a-very-long-application";
      s.name = "devpreproduct01";
      c.appId = "125000000000";
    },
  ],
  [
    "cron with five fields",
    "campaigns.timerCron",
    (c) => {
      c.timerCron = "* * * * *";
    },
  ],
  [
    "cron firing every second",
    "campaigns.timerCron",
    (c) => {
      c.timerCron = "* * * * * * *";
    },
  ],
  [
    "cron minute out of range",
    "campaigns.timerCron",
    (c) => {
      c.timerCron = "0 75 * * * * *";
    },
  ],
  [
    "send rate zero",
    "campaigns.sendRatePerSecond",
    (c) => {
      c.sendRatePerSecond = 0;
    },
  ],
  [
    "send rate above the parser's limit",
    "campaigns.sendRatePerSecond",
    (c) => {
      c.sendRatePerSecond = 5000;
    },
  ],
  [
    "function memory not a multiple of 128",
    "campaigns.function.memoryMb",
    (c) => {
      c.function = { ...c.function, memoryMb: 300 };
    },
  ],
  [
    "function timeout above 900 s",
    "campaigns.function.timeoutSeconds",
    (c) => {
      c.function = { ...c.function, timeoutSeconds: 1200 };
    },
  ],
  [
    "function timeout not above the SMS timeout",
    "campaigns.function.timeoutSeconds",
    (c) => {
      c.function = { ...c.function, timeoutSeconds: 5 };
    },
  ],
  [
    "retention shorter than the scheduling horizon",
    "campaigns.bucket.retentionDays",
    (c) => {
      c.bucket = { ...c.bucket, retentionDays: 7 };
    },
  ],
  [
    "versioning not boolean",
    "campaigns.bucket.versioning",
    (c) => {
      (c.bucket as { versioning: unknown }).versioning = "yes";
    },
  ],
  [
    "old-version retention without versioning",
    "campaigns.bucket.noncurrentRetentionDays",
    (c) => {
      c.bucket = { versioning: false, retentionDays: 90, noncurrentRetentionDays: 10 };
    },
  ],
  [
    "template not in the catalogue and no content",
    "campaigns.templates[0].key",
    (c) => {
      c.templates = [{ key: "easter", name: "e", international: 0, remark: "r" }];
    },
  ],
  [
    "template content without {1}",
    "campaigns.templates[0].content",
    (c) => {
      c.templates = [{ key: "x", name: "x", content: "Hello all", international: 0, remark: "r" }];
    },
  ],
  [
    "template name used twice",
    "campaigns.templates[1].name",
    (c) => {
      c.templates = [
        { key: "spring-festival", name: "greeting", international: 0, remark: "r" },
        { key: "other", name: "greeting", content: "Hi {1}", international: 0, remark: "r" },
      ];
    },
  ],
  [
    "template without remark",
    "campaigns.templates[0].remark",
    (c) => {
      c.templates = [{ key: "spring-festival", name: "sf", international: 0, remark: "" }];
    },
  ],
  [
    "template international not 0/1",
    "campaigns.templates[0].international",
    (c) => {
      c.templates = [{ key: "spring-festival", name: "sf", international: 2 as 0, remark: "r" }];
    },
  ],
  [
    "marketing sign without proof image",
    "campaigns.sign.proofImagePath",
    (c) => {
      c.sign = {
        manage: true,
        name: "Example",
        signType: 0,
        documentType: 0,
        international: 0,
        signPurpose: 0,
        proofImagePath: "",
      };
    },
  ],
  [
    "marketing sign not managed as code",
    "campaigns.sign.manage",
    (c) => {
      c.sign = { manage: false, name: "Example" } as never;
    },
  ],
  [
    "misspelled bucket key",
    "campaigns.bucket.retentionDay",
    (c) => {
      (c.bucket as unknown as Record<string, unknown>).retentionDay = 90;
    },
  ],
  [
    "marketing sign with an unknown sign type",
    "campaigns.sign.signType",
    (c) => {
      c.sign = {
        manage: true,
        name: "Example",
        signType: 9,
        documentType: 0,
        international: 0,
        signPurpose: 0,
        proofImagePath: "p.png",
      };
    },
  ],
];

describe("invalid campaigns block fails with environment and field named", () => {
  it.each(INVALID_CASES)("%s → %s", (_label, field, change) => {
    const error = problemsOf(change);
    expect(error.code).toBe("InvalidEnvironmentConfig");
    expect(error.problems.map((p) => p.field)).toContain(field);
    expect(error.message).toContain(`environment "${error.environment}"`);
    expect(error.message).toContain(`${field}:`);
  });

  it("a long but valid app and environment name only trips the bucket length", () => {
    const error = problemsOf((c, s) => {
      s.app = "a-very-long-application";
      s.name = "devpreproduct01";
      c.appId = "125000000000";
    });
    expect(error.problems).toEqual([
      { field: "campaigns.appId", message: expect.stringMatching(/longer than COS allows \(60\)/) },
    ]);
  });

  it("reports campaign problems together with the entry's other problems", () => {
    const error = problemsOf((c, s) => {
      c.appId = "x";
      s.function.memoryMb = 100;
    });
    expect(error.problems.map((p) => p.field)).toEqual(expect.arrayContaining(["campaigns.appId", "function.memoryMb"]));
  });
});

describe("SCF timer cron", () => {
  it.each(["0 * * * * * *", "0 */1 * * * * *", "15 0/5 8-20 ? * MON-FRI *", "0 0 12 1W JAN,FEB ? 2030", "0 0 9 ? * 5L *"])(
    "accepts %s",
    (cron) => {
      expect(scfTimerCronProblem(cron)).toBeUndefined();
    },
  );

  it.each([
    ["0 * * * *", /has 5 field/],
    ["0 * 24 * * * *", /hour field "24" is outside 0–23/],
    ["0 * * 0 * * *", /day field "0" is outside 1–31/],
    ["0 * * * 13 * *", /month field "13"/],
    ["0 * * * * 7 *", /weekday field "7"/],
    ["0 * * * * * 1969", /year field "1969"/],
    ["0 * * * * FUNDAY *", /weekday field "FUNDAY" has characters/],
    ["*/10 * * * * * *", /second field must be a single second/],
  ])("rejects %s", (cron, message) => {
    expect(scfTimerCronProblem(cron)).toMatch(message);
  });
});

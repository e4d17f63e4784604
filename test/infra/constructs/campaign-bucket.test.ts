// CampaignBucket: private (canned ACL private, no ACL body, no bucket policy anywhere in the
// stack), encrypted, versioned, expiring campaign data; named <app>-<env>-campaigns-<appid>.
import { CosBucket } from "../../../infra/.gen/providers/tencentcloud/cos-bucket";
import { CampaignBucket } from "../../../infra/constructs/campaign-bucket";
import { ENVIRONMENT_NAMES, environmentTemplate } from "../support/environment-fixtures";
import { Template } from "../support/template";

function bucketTemplate(versioning: boolean): Template {
  return Template.fromConstructs((stack) => {
    new CampaignBucket(stack, "bucket", {
      bucketName: "smsverify-qa-campaigns-1250000001",
      region: "ap-guangzhou",
      appId: "1250000001",
      versioning,
      retentionDays: 90,
      noncurrentRetentionDays: 14,
      tags: { env: "qa" },
    });
  });
}

describe("CampaignBucket", () => {
  const versioned = bucketTemplate(true);

  it("is private and server-side encrypted, and keeps its objects when the stack is destroyed", () => {
    expect(versioned.json).toHaveResourceWithProperties(CosBucket, {
      bucket: "smsverify-qa-campaigns-1250000001",
      acl: "private",
      encryption_algorithm: "AES256",
      force_clean: false,
      tags: { env: "qa" },
    });
    // An ACL body would override the canned private ACL.
    expect(versioned.resource("tencentcloud_cos_bucket")).not.toHaveProperty("acl_body");
  });

  it("versions objects and expires campaign data (and old versions, and broken uploads) by lifecycle", () => {
    const bucket = versioned.resource("tencentcloud_cos_bucket");
    expect(bucket.versioning_enable).toBe(true);
    expect(bucket.lifecycle_rules).toEqual([
      {
        id: "expire-campaign-data",
        filter_prefix: "campaigns/",
        expiration: { days: 90 },
        non_current_expiration: { non_current_days: 14 },
        abort_incomplete_multipart_upload: { days_after_initiation: 7 },
      },
    ]);
  });

  it("without versioning has no rule for old versions", () => {
    const bucket = bucketTemplate(false).resource("tencentcloud_cos_bucket");
    expect(bucket.versioning_enable).toBe(false);
    expect((bucket.lifecycle_rules as Array<Record<string, unknown>>)[0]).not.toHaveProperty("non_current_expiration");
  });

  it.each(ENVIRONMENT_NAMES)(
    "environment %s: one private bucket <app>-<env>-campaigns-<appid>, no bucket policy, named in the outputs",
    (env) => {
      const template = environmentTemplate(env);
      const bucket = template.resource("tencentcloud_cos_bucket");
      expect(bucket).toMatchObject({
        bucket: `smsverify-${env}-campaigns-1250000000`,
        acl: "private",
        encryption_algorithm: "AES256",
      });
      // Nothing in the stack may open the bucket: no bucket policy, no public ACL, no ACL grants.
      const types = Object.keys(template.document.resource);
      expect(types.filter((t) => /cos_bucket_(policy|acl|referer)/.test(t))).toEqual([]);
      expect(JSON.stringify(template.document.resource)).not.toMatch(/public-read/);
      expect(template.outputs().campaign_bucket.value).toBe(template.referenceTo("tencentcloud_cos_bucket", "bucket"));
    },
  );
});

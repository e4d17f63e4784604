// FunctionRole: trusted only by SCF; QcloudSMSFullAccess by default, sms:SendSms only when opted in.
import { CamPolicy } from "../../../infra/.gen/providers/tencentcloud/cam-policy";
import { CamRolePolicyAttachmentByName } from "../../../infra/.gen/providers/tencentcloud/cam-role-policy-attachment-by-name";
import { FunctionRole } from "../../../infra/constructs/function-role";
import { ResourceNames } from "../../../infra/constructs/resource-names";
import { Template } from "../support/template";

function roleTemplate(leastPrivilege: boolean): Template {
  return Template.fromConstructs((stack) => {
    new FunctionRole(stack, "role", { names: new ResourceNames("smsverify", "qa"), leastPrivilege, tags: { env: "qa" } });
  });
}

describe("FunctionRole", () => {
  const tutorial = roleTemplate(false);
  const least = roleTemplate(true);

  it("is assumable only by scf.qcloud.com", () => {
    const document = JSON.parse(tutorial.resource("tencentcloud_cam_role").document as string);
    expect(document.statement).toEqual([
      { action: ["name/sts:AssumeRole"], effect: "allow", principal: { service: ["scf.qcloud.com"] } },
    ]);
    expect(tutorial.resource("tencentcloud_cam_role").name).toBe("smsverify-qa-function");
  });

  it("attaches QcloudSMSFullAccess by name by default, as the tutorial does", () => {
    expect(tutorial.json).toHaveResourceWithProperties(CamRolePolicyAttachmentByName, {
      policy_name: "QcloudSMSFullAccess",
      role_name: tutorial.referenceTo("tencentcloud_cam_role", "name"),
    });
    expect(tutorial.json).not.toHaveResource(CamPolicy);
  });

  it("with leastPrivilege attaches a custom policy allowing only sms:SendSms instead", () => {
    expect(least.json).not.toHaveResource(CamRolePolicyAttachmentByName);
    const policy = JSON.parse(least.resource("tencentcloud_cam_policy").document as string);
    expect(policy.statement).toEqual([{ action: ["sms:SendSms"], effect: "allow", resource: ["*"] }]);
    expect(least.resource("tencentcloud_cam_role_policy_attachment")).toEqual({
      policy_id: least.referenceTo("tencentcloud_cam_policy", "id"),
      role_id: least.referenceTo("tencentcloud_cam_role", "id"),
    });
  });
});

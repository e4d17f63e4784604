// CLIs print SDK failures as `code: message`, never "[object Object]".
import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs-common/tencentcloud/common/exception/tencent_cloud_sdk_exception";
import { describeError } from "../../../functions/shared/describe-error";
import { runCli } from "../../../cli/command-line";

describe("describeError", () => {
  it("keeps the code, message and request id of a Tencent API SDK exception", () => {
    const error = new TencentCloudSDKHttpException("The SecretId is not found.", "req-123");
    error.code = "AuthFailure.SecretIdNotFound";
    expect(describeError(error)).toEqual({
      code: "AuthFailure.SecretIdNotFound",
      message: "The SecretId is not found. (request id req-123)",
    });
  });

  it("reads the COS SDK's plain-object rejections", () => {
    const cosError = {
      statusCode: 403,
      headers: {},
      error: { Code: "AccessDenied", Message: "Access Denied.", RequestId: "NjU3" },
    };
    expect(describeError(cosError)).toEqual({ code: "AccessDenied", message: "Access Denied. (request id NjU3)" });
    expect(describeError({ statusCode: 404, error: "Not Found" })).toEqual({ code: "HTTP404", message: "Not Found" });
  });

  it("falls back to JSON for an unknown object and to the text for anything else", () => {
    expect(describeError({ weird: true })).toEqual({ code: "Unexpected", message: '{"weird":true}' });
    expect(describeError("boom", "UNEXPECTED")).toEqual({ code: "UNEXPECTED", message: "boom" });
  });

  it("plan/apply's runCli prints code and message, not [object Object]", async () => {
    let stderr = "";
    const code = await runCli(
      "apply",
      () => Promise.reject({ statusCode: 403, error: { Code: "AccessDenied", Message: "Access Denied." } }),
      { stdout: () => undefined, stderr: (t) => (stderr += t) },
    );
    expect(code).toBe(1);
    expect(stderr).toBe("apply: error [AccessDenied]: Access Denied.\n");
  });
});

// Tencent Captcha: the one API the verification function calls to check a ticket, as a CAM action.
import { CloudName } from "./source";

/** DescribeCaptchaResult (2019-07-22): Captcha's server API; it takes no resource scoping ("*"). */
export const CAPTCHA_VERIFY_ACTION: CloudName = {
  name: "name/captcha:DescribeCaptchaResult",
  source:
    "https://www.tencentcloud.com/document/api/1159/50367 (DescribeCaptchaResult, the Captcha server API) in the CAM action form `name/<service>:<Api>` of https://www.tencentcloud.com/document/product/598/10603",
  confirm:
    "with captcha on: a getSms with a solved ticket answers Success, not ServiceUnavailable (no UnauthorizedOperation logged)",
};

// The SMS sender a deployed function builds (real SDK gateway → the fixture's local endpoint), for
// suites that wire the service by hand around a wrapped store.
import { credentialFromScfEnvironment } from "../../../../functions/shared/tencent/credential";
import { SmsGateway } from "../../../../functions/shared/sms/gateway";
import { tencentSmsSender, type SmsSender } from "../../../../functions/shared/sms/sender";
import type { Fixture } from "./verification-fixture";

export function createSmsSenderForTests(fixture: Fixture): SmsSender {
  const env = fixture.env;
  const gateway = new SmsGateway(
    {
      sdkAppId: env.SMS_SDKAPPID ?? "",
      signName: env.SMS_SIGN ?? "",
      region: env.SMS_REGION ?? "",
      endpoint: fixture.sms.url,
      timeoutSeconds: 1,
    },
    credentialFromScfEnvironment(env),
  );
  return tencentSmsSender(gateway, env.SMS_TEMPLATE_ID ?? "");
}

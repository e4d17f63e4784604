// Failures of one SMS API call: a TencentApiError (tencent/api-error.ts: provider, transport or
// client; stable codes; whether the message may have gone out) under the SMS name, with the SMS
// API's retryable provider codes.
import { TencentApiError, tencentApiErrorFrom, type TencentApiErrorInit, type TencentApiErrors } from "../tencent/api-error";

export type { TencentFailureSource as SmsFailureSource } from "../tencent/api-error";

export const smsApiErrors: TencentApiErrors = {
  name: "SMS API",
  // Server trouble and the API frequency cap; LimitExceeded.* (a phone's or app's cap) is not.
  transientCodes: ["InternalError", "RequestLimitExceeded"],
};

export class SmsGatewayError extends TencentApiError {
  constructor(init: TencentApiErrorInit) {
    super(init);
    this.name = "SmsGatewayError";
  }
}

export function gatewayErrorFromSdk(error: unknown): SmsGatewayError {
  if (error instanceof SmsGatewayError) return error;
  return new SmsGatewayError(tencentApiErrorFrom(error, smsApiErrors));
}

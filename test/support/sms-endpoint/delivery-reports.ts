// Delivery receipts the double hands out through PullSmsSendStatus: one per successfully sent
// number, each handed out once (the provider's queue semantics), failed ones marked by tests.
import { parsePhoneNumberFromString } from "libphonenumber-js";

interface PendingReport {
  sdkAppId: string;
  serialNo: string;
  phoneNumber: string;
  sentAt: Date;
  sessionContext: string;
  pulled: boolean;
}

export interface PullSmsSendStatusItem {
  UserReceiveTime: number;
  CountryCode: string;
  SubscriberNumber: string;
  PhoneNumber: string;
  SerialNo: string;
  ReportStatus: "SUCCESS" | "FAIL";
  Description: string;
  SessionContext: string;
}

export class DeliveryReports {
  private reports: PendingReport[] = [];
  private failures = new Map<string, string>();

  add(sdkAppId: string, serialNo: string, phoneNumber: string, sentAt: Date, sessionContext = ""): void {
    this.reports.push({ sdkAppId, serialNo, phoneNumber, sentAt, sessionContext, pulled: false });
  }

  markFailed(serialNo: string, description: string): void {
    this.failures.set(serialNo, description);
  }

  /** Oldest not-yet-pulled reports of this app, at most `limit`; they will not be returned again. */
  pull(sdkAppId: string, limit: number): PullSmsSendStatusItem[] {
    const batch = this.reports.filter((r) => !r.pulled && r.sdkAppId === sdkAppId).slice(0, limit);
    return batch.map((report) => {
      report.pulled = true;
      const parsed = parsePhoneNumberFromString(report.phoneNumber);
      const failure = this.failures.get(report.serialNo);
      return {
        UserReceiveTime: Math.floor(report.sentAt.getTime() / 1000),
        CountryCode: parsed ? String(parsed.countryCallingCode) : "",
        SubscriberNumber: parsed ? String(parsed.nationalNumber) : report.phoneNumber.replace(/^\+/, ""),
        PhoneNumber: report.phoneNumber,
        SerialNo: report.serialNo,
        ReportStatus: failure === undefined ? "SUCCESS" : "FAIL",
        Description: failure ?? "DELIVRD",
        SessionContext: report.sessionContext,
      };
    });
  }

  clear(): void {
    this.reports = [];
    this.failures.clear();
  }
}

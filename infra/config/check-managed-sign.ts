// The checks of an SMS signature managed as code (tencentcloud_sms_sign), shared by the
// verification signature (sms.sign) and the marketing signature (campaigns.sign).
import { ManagedSignSettings } from "./environment-settings";
import { ProblemList } from "./problem-list";

export function checkManagedSign(field: string, sign: ManagedSignSettings, p: ProblemList): void {
  p.nonEmpty(`${field}.name`, sign.name);
  p.integerIn(`${field}.signType`, sign.signType, 0, 6);
  p.integerIn(`${field}.documentType`, sign.documentType, 0, 8);
  p.integerIn(`${field}.international`, sign.international, 0, 1);
  p.integerIn(`${field}.signPurpose`, sign.signPurpose, 0, 1);
  p.nonEmpty(`${field}.proofImagePath`, sign.proofImagePath);
}

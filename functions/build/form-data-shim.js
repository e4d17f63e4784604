// The Tencent Cloud SDK's HTTP layer imports form-data (and through it mime-db, ~130 KB) only for
// multipart uploads. SendSms and PullSmsSendStatus are JSON requests, so the bundles leave it out;
// reaching this code would mean a multipart call was added without revisiting the bundle.
class FormDataUnavailable {
  constructor() {
    throw new Error("multipart/form-data requests are not included in this function bundle (see functions/build/bundle.ts)");
  }
}
module.exports = FormDataUnavailable;
module.exports.default = FormDataUnavailable;

// The Tencent Cloud SDK's profile credential provider reads ~/.tencentcloud/credentials with ini.
// The functions never use the SDK's credential providers: they hand each client the credential
// read from the environment (functions/shared/tencent/credential.ts), so the bundles leave ini out.
function unavailable() {
  throw new Error("ini is not included in this function bundle (see functions/build/bundle.ts)");
}
exports.parse = unavailable;
exports.decode = unavailable;
exports.stringify = unavailable;
exports.encode = unavailable;

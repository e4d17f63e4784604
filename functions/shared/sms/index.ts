// The SMS sender shared by the SCF functions (verification codes, bulk greetings). The credential
// and the API plumbing it signs with live in ../tencent/.
export * from "./gateway";
export * from "./sender";

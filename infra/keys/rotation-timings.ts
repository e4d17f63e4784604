// How long each signing-key rotation step waits (functions/verification/tokens/key-rotation.ts):
// a new key is promoted only after every container and app can have seen it in the JWKS, and the
// previous key is dropped only after the last token it signed has expired. The numbers live beside
// the rotation itself, because the function uses them too (it never signs past a possible drop).
export { timingsFor } from "../../functions/verification/settings";

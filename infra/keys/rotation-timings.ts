// How long each signing-key rotation step waits (functions/verification/tokens/key-rotation.ts):
// a new key is promoted only after every container and app can have seen it in the JWKS, and the
// previous key is dropped only after the last token it signed has expired.
import { jwksMaxAgeSeconds, type RotationTimings } from "../../functions/verification/settings";

/** How long containers may keep an old copy of the key set (functions' SECRETS_REFRESH_SECONDS default). */
const containerRefreshSeconds = 300;
/** Slack for clocks and slow caches. */
const marginSeconds = 60;

export function timingsFor(accessTokenTtlSeconds: number): RotationTimings {
  return {
    publishWaitSeconds: jwksMaxAgeSeconds + containerRefreshSeconds + marginSeconds,
    dropWaitSeconds: accessTokenTtlSeconds + containerRefreshSeconds + marginSeconds,
  };
}

import { createHmac } from "node:crypto";
import type { IceServer, IceServerSetting } from "./schemas";

/**
 * The ICE servers one user's browser gets when joining a call. For a TURN server with a shared
 * secret this is the TURN REST scheme coturn implements (`use-auth-secret`): the username is
 * "<expiry in epoch seconds>:<user id>" and the credential is base64(HMAC-SHA1(secret, username)),
 * so coturn can check it with no database and it stops working at the expiry.
 */
export function iceServersFor(userId: string, settings: readonly IceServerSetting[], now = Date.now()): IceServer[] {
  return settings.map(({ urls, username, credential, secret, ttlSeconds }) => {
    if (secret) {
      const minted = `${Math.floor(now / 1000) + ttlSeconds}:${userId}`;
      return { urls, username: minted, credential: createHmac("sha1", secret).update(minted).digest("base64") };
    }
    return { urls, ...(username ? { username } : {}), ...(credential ? { credential } : {}) };
  });
}

import { randomBytes } from "node:crypto";

/** 24 random bytes as 32 url-safe characters: unguessable, and short enough to paste. */
export const newInviteToken = () => randomBytes(24).toString("base64url");

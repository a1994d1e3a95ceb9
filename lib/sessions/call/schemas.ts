import { z } from "zod";

/**
 * The call of a peer room: WebRTC between the participants' browsers, a mesh of one connection
 * per pair. The server only relays the signalling (offers, answers, ICE candidates) between
 * sockets in the same room's call; no audio or video passes through it or is stored.
 */

/** An offer or answer is a few kilobytes; this leaves room for many codecs and candidates. */
export const MAX_SDP_CHARS = 32 * 1024;
export const MAX_CANDIDATE_CHARS = 1024;

/** Whether a participant's microphone and camera are on: shown to the others. */
export const callMediaSchema = z.strictObject({
  audio: z.boolean({ error: "must be true or false" }),
  video: z.boolean({ error: "must be true or false" }),
});
export type CallMedia = z.infer<typeof callMediaSchema>;

/** A socket connection's id, as socket.io makes them. */
export const connIdSchema = z.string({ error: "must be a connection id" }).regex(/^[\w-]{1,64}$/, { error: "is not a connection id" });

const sdp = z
  .string({ error: "must be text" })
  .max(MAX_SDP_CHARS, { error: `is longer than the ${MAX_SDP_CHARS} characters a session description may take` })
  .refine((value) => value.startsWith("v=0"), { error: "is not a session description (SDP starts with v=0)" });

const candidate = z.strictObject({
  candidate: z
    .string({ error: "must be text" })
    .max(MAX_CANDIDATE_CHARS, { error: `is longer than ${MAX_CANDIDATE_CHARS} characters` })
    // An empty string is the standard "no more candidates" marker.
    .refine((value) => value === "" || value.startsWith("candidate:"), { error: 'is not an ICE candidate (it starts with "candidate:")' }),
  sdpMid: z.string().max(64).nullish(),
  sdpMLineIndex: z.number().int().min(0).max(63).nullish(),
  usernameFragment: z.string().max(256).nullish(),
});

/** One signalling message from one browser to another. */
export const callSignalSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("offer"), sdp }),
    z.strictObject({ type: z.literal("answer"), sdp }),
    z.strictObject({ type: z.literal("candidate"), candidate }),
  ],
  { error: "must be an offer, an answer or a candidate" },
);
export type CallSignal = z.infer<typeof callSignalSchema>;

/** Someone else in the call, as the server describes them. */
export type CallPeer = { connId: string; userId: string; media: CallMedia };

/** What RTCPeerConnection takes as `iceServers` (the browser's RTCIceServer). */
export type IceServer = { urls: string | string[]; username?: string; credential?: string };

const iceUrl = z
  .string()
  .regex(/^(stun|stuns|turn|turns):\S+$/, { error: "each URL must start with stun:, stuns:, turn: or turns:" });

/**
 * One entry of the ICE_SERVERS setting. A TURN server with `secret` (coturn's
 * `static-auth-secret`, with `use-auth-secret` on) gets credentials minted per user that expire
 * after `ttlSeconds`; the secret itself never leaves the server. Fixed `username`/`credential`
 * are passed through as they are.
 */
export const iceServerSettingSchema = z
  .strictObject({
    urls: z.union([iceUrl, z.array(iceUrl).min(1).max(8)]),
    username: z.string().min(1).max(256).optional(),
    credential: z.string().min(1).max(256).optional(),
    secret: z.string().min(8, { error: "a TURN secret must be at least 8 characters" }).max(256).optional(),
    ttlSeconds: z.number().int().min(60).max(7 * 86_400).default(4 * 3600),
  })
  .refine((entry) => !(entry.secret && (entry.username || entry.credential)), {
    error: "give either a secret (credentials are minted per user) or a fixed username and credential, not both",
  });
export type IceServerSetting = z.infer<typeof iceServerSettingSchema>;

export const iceServersSettingSchema = z.array(iceServerSettingSchema).max(10, { error: "at most 10 ICE servers" });

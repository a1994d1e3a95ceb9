import { z } from "zod";
import { difficultySchema, slugSchema, topicTagSchema } from "@/lib/questions/schemas";
import { TARGET_LEVELS } from "@/lib/users/schemas";
import { planSchema } from "./plan";

/** The level a session is graded against; left out, the candidate's level from settings. */
const sessionTargetSchema = z.enum(TARGET_LEVELS, { error: "must be mid, senior or staff" }).optional();

export const sessionIdSchema = z.uuid({ error: "is not a session id" });

export const startSessionSchema = z
  .strictObject({
    /** A chosen question, or a random one matching the filters below. */
    questionSlug: slugSchema.optional(),
    difficulty: difficultySchema.optional(),
    tag: topicTagSchema.optional(),
    plan: planSchema,
    saveAsDefault: z.boolean().default(false),
    targetLevel: sessionTargetSchema,
  })
  .refine((input) => !(input.questionSlug && (input.difficulty || input.tag)), {
    message: "choose a question or filters for a random one, not both",
  });

export type StartSessionInput = z.infer<typeof startSessionSchema>;

export const advancePhaseSchema = z.strictObject({
  /** The phase the client believes is current; a stale or repeated click changes nothing. */
  fromPhase: z.number().int().min(0).max(10),
});

export const defaultPlanSchema = z.strictObject({ plan: planSchema });

export const SESSION_STATUSES = ["lobby", "active", "finished", "abandoned"] as const;
export const sessionStatusSchema = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;
export const sessionModeSchema = z.enum(["solo", "peer"]);
export type SessionMode = z.infer<typeof sessionModeSchema>;

export const ROLES = ["interviewer", "candidate", "observer"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
/** The two roles that take part (observers only watch). */
export type SeatRole = Exclude<Role, "observer">;

/**
 * The documents of a session: the shared one, the interviewer's private one, and the candidate's
 * redraw board, written after the session so the timed record itself never changes.
 */
export const CHANNELS = ["shared", "interviewer", "redraw"] as const;
export type Channel = (typeof CHANNELS)[number];

/** How many people may watch a peer round besides its interviewer and candidate. */
export const MAX_OBSERVERS = 3;

/** Creating a peer room: the question, the plan, and which seat the creator takes. */
export const createRoomSchema = z.strictObject({
  questionSlug: slugSchema,
  plan: planSchema,
  role: z.enum(["interviewer", "candidate"], { error: "must be interviewer or candidate" }),
  saveAsDefault: z.boolean().default(false),
  /** The level the candidate of the first round aims for. */
  targetLevel: sessionTargetSchema,
});
export type CreateRoomInput = z.infer<typeof createRoomSchema>;

/** An invite token as it appears in a link: 32 url-safe characters. */
export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/, "is not an invite token");

export const joinRoomSchema = z.strictObject({ token: inviteTokenSchema });

/** The next round: roles swap, and the new interviewer picks the question. */
export const nextRoundSchema = z.strictObject({ questionSlug: slugSchema, plan: planSchema.optional() });

export const pauseSchema = z.strictObject({ paused: z.boolean() });

// What the API answers with. Each type below is inferred from its schema, which also describes
// the response in the OpenAPI document (/api/openapi.json).

/** Every time in a session snapshot is sent as epoch milliseconds. */
const epochMs = z.number().int().describe("Epoch milliseconds.");

/** A new session (or round) the caller can open at /practice/<id>. */
export const startedSessionSchema = z.strictObject({ id: z.uuid() });

/** A new peer room and its first round's session. */
export const createdRoomSchema = z.strictObject({ id: z.uuid(), roomId: z.uuid() });

/** The seat an invite link gave the caller. */
export const joinedRoomSchema = z.strictObject({ sessionId: z.uuid(), role: roleSchema });

export const participantViewSchema = z.strictObject({ userId: z.uuid(), name: z.string(), role: roleSchema });
export type ParticipantView = z.infer<typeof participantViewSchema>;

/** A peer round as one viewer may see it. */
export const roomViewSchema = z.strictObject({
  roomId: z.uuid(),
  round: z.number().int().min(1),
  rounds: z.array(z.strictObject({ id: z.uuid(), round: z.number().int().min(1), status: sessionStatusSchema })).describe("Every round of the room, oldest first."),
  participants: z.array(participantViewSchema),
  invitePath: z.string().nullable().describe("The invite link's path (/join/<token>), shown to the interviewer and the candidate, never to observers."),
  candidateReadyPhase: z.number().int().nullable().describe("The phase in which the candidate said they are ready to move on, while it is current."),
  meetingUrl: z.string().nullable().describe("\"Use another call app\": the meeting link (http or https) the interviewer or the candidate shared, shown to everyone."),
  observersMayChat: z.boolean().describe("Whether the interviewer allowed observers to write in the chat (everyone may read it)."),
});
export type RoomView = z.infer<typeof roomViewSchema>;

/** What this viewer may do now; the server asks the same predicates when they try. */
export const sessionAbilitiesSchema = z.strictObject({
  editShared: z.boolean(),
  start: z.boolean(),
  advance: z.boolean(),
  finish: z.boolean(),
  pause: z.boolean(),
  signalReady: z.boolean(),
  manageInvite: z.boolean(),
  swapSeats: z.boolean(),
  nextRound: z.boolean(),
  abandon: z.boolean(),
  writeChat: z.boolean(),
  setMeetingLink: z.boolean(),
  allowObserverChat: z.boolean(),
});
export type SessionAbilities = z.infer<typeof sessionAbilitiesSchema>;

/** What a participant's client needs to show a session; times are epoch milliseconds. */
export const sessionSnapshotSchema = z.strictObject({
  id: z.uuid(),
  status: sessionStatusSchema,
  mode: sessionModeSchema,
  role: roleSchema,
  viewerId: z.uuid(),
  plan: planSchema,
  startedAt: epochMs.nullable().describe("Epoch milliseconds; null while a peer round waits in its lobby."),
  advances: z.array(epochMs).describe("When each phase after the first began, in order."),
  pauses: z.array(z.strictObject({ startedAt: epochMs, endedAt: epochMs.nullable() })),
  finishedAt: epochMs.nullable(),
  serverNow: epochMs.describe("The server's clock when this was sent, so a client can correct its own."),
  readOnly: z.boolean().describe("Whether this viewer may not edit the shared notes and whiteboard."),
  can: sessionAbilitiesSchema.describe("What this viewer may do now; the server asks the same rules when they try."),
  question: z.strictObject({
    slug: z.string(),
    title: z.string(),
    difficulty: z.string(),
    statement: z.string(),
    phasePrompts: z.record(z.string(), z.string()),
  }),
  room: roomViewSchema.nullable(),
});
export type SessionSnapshot = z.infer<typeof sessionSnapshotSchema>;

export const sessionListItemSchema = z.strictObject({
  id: z.uuid(),
  status: sessionStatusSchema,
  mode: sessionModeSchema,
  role: roleSchema,
  startedAt: epochMs,
  finishedAt: epochMs.nullable(),
  plan: planSchema,
  advances: z.number().int().min(0).describe("How many phases the session has moved on."),
  question: z.strictObject({ slug: z.string(), title: z.string(), difficulty: z.string() }),
});
export type SessionListItem = z.infer<typeof sessionListItemSchema>;

/** The caller's unfinished sessions (in the lobby or running), newest first. */
export const sessionListSchema = z.strictObject({ sessions: z.array(sessionListItemSchema) });

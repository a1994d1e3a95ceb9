import { z } from "zod";
import { difficultySchema, slugSchema, topicTagSchema } from "@/lib/questions/schemas";
import { planSchema, type Plan } from "./plan";

export const sessionIdSchema = z.uuid({ error: "is not a session id" });

export const startSessionSchema = z
  .strictObject({
    /** A chosen question, or a random one matching the filters below. */
    questionSlug: slugSchema.optional(),
    difficulty: difficultySchema.optional(),
    tag: topicTagSchema.optional(),
    plan: planSchema,
    saveAsDefault: z.boolean().default(false),
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
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type SessionMode = "solo" | "peer";

export const ROLES = ["interviewer", "candidate", "observer"] as const;
export type Role = (typeof ROLES)[number];
/** The two roles that take part (observers only watch). */
export type SeatRole = Exclude<Role, "observer">;

/** The two documents of a session: the shared one, and the interviewer's private one. */
export const CHANNELS = ["shared", "interviewer"] as const;
export type Channel = (typeof CHANNELS)[number];

/** How many people may watch a peer round besides its interviewer and candidate. */
export const MAX_OBSERVERS = 3;

/** Creating a peer room: the question, the plan, and which seat the creator takes. */
export const createRoomSchema = z.strictObject({
  questionSlug: slugSchema,
  plan: planSchema,
  role: z.enum(["interviewer", "candidate"], { error: "must be interviewer or candidate" }),
  saveAsDefault: z.boolean().default(false),
});
export type CreateRoomInput = z.infer<typeof createRoomSchema>;

/** An invite token as it appears in a link: 32 url-safe characters. */
export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/, "is not an invite token");

export const joinRoomSchema = z.strictObject({ token: inviteTokenSchema });

/** The next round: roles swap, and the new interviewer picks the question. */
export const nextRoundSchema = z.strictObject({ questionSlug: slugSchema, plan: planSchema.optional() });

export const pauseSchema = z.strictObject({ paused: z.boolean() });

export type ParticipantView = { userId: string; name: string; role: Role };

/** A peer round as one viewer may see it. */
export type RoomView = {
  roomId: string;
  round: number;
  /** Every round of the room, oldest first. */
  rounds: { id: string; round: number; status: SessionStatus }[];
  participants: ParticipantView[];
  /** The invite link's path, shown to the interviewer and the candidate (never to observers). */
  invitePath: string | null;
  /** The phase in which the candidate said they are ready to move on, while it is current. */
  candidateReadyPhase: number | null;
};

/** What this viewer may do now; the server asks the same predicates when they try. */
export type SessionAbilities = {
  editShared: boolean;
  start: boolean;
  advance: boolean;
  finish: boolean;
  pause: boolean;
  signalReady: boolean;
  manageInvite: boolean;
  swapSeats: boolean;
  nextRound: boolean;
  abandon: boolean;
};

/** What a participant's client needs to show a session; times are epoch milliseconds. */
export type SessionSnapshot = {
  id: string;
  status: SessionStatus;
  mode: SessionMode;
  role: Role;
  viewerId: string;
  plan: Plan;
  /** Null while a peer round waits in its lobby. */
  startedAt: number | null;
  advances: number[];
  pauses: { startedAt: number; endedAt: number | null }[];
  finishedAt: number | null;
  serverNow: number;
  readOnly: boolean;
  can: SessionAbilities;
  question: { slug: string; title: string; difficulty: string; statement: string; phasePrompts: Record<string, string> };
  room: RoomView | null;
};

export type SessionListItem = {
  id: string;
  status: SessionStatus;
  mode: SessionMode;
  role: Role;
  startedAt: number;
  finishedAt: number | null;
  plan: Plan;
  advances: number;
  question: { slug: string; title: string; difficulty: string };
};

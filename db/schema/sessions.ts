import { sql } from "drizzle-orm";
import { bigint, boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Plan } from "@/lib/sessions/plan";
import { questions } from "./questions";
import { users } from "./users";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * A peer room: the people who practise together and the invite link that lets others in. Each
 * round of the room is a practice session; "Swap roles" adds the next round.
 */
export const peerRooms = pgTable("peer_rooms", {
  id: uuid("id").primaryKey().defaultRandom(),
  createdBy: uuid("created_by")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  /** "Use another call app": a meeting link (Meet, Zoom, Jitsi) a seated participant pasted, shown to everyone. */
  meetingUrl: text("meeting_url"),
  /** Whether observers may write in the chat (the interviewer's choice); they may always read it. */
  observersMayChat: boolean("observers_may_chat").notNull().default(false),
});

/** Invite links of a room. Regenerating revokes the current one; revoked ones stay to say so. */
export const roomInvites = pgTable(
  "room_invites",
  {
    token: text("token").primaryKey(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => peerRooms.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [index("room_invites_room_idx").on(table.roomId)],
);

/** A practice session: solo practice is a session with one candidate; peer rooms add people. */
export const practiceSessions = pgTable(
  "practice_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id),
    mode: text("mode", { enum: ["solo", "peer"] }).notNull().default("solo"),
    plan: jsonb("plan").$type<Plan>().notNull(),
    /** "lobby": a peer round whose interviewer has not pressed Start; its started_at is not yet meaningful. */
    status: text("status", { enum: ["lobby", "active", "finished", "abandoned"] }).notNull().default("active"),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    /** Bytes of document updates stored so far, for the size limit. */
    docBytes: integer("doc_bytes").notNull().default(0),
    updateCount: integer("update_count").notNull().default(0),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Peer rounds only: the room, and which round of it this is (1, 2, ...). */
    roomId: uuid("room_id").references(() => peerRooms.id, { onDelete: "cascade" }),
    round: integer("round").notNull().default(1),
    /** The phase in which the candidate said "ready for the next phase" (cleared by moving on). */
    candidateReadyPhase: integer("candidate_ready_phase"),
    /** The level the candidate aims for in this session, chosen at its start; null: their settings' level. */
    targetLevel: text("target_level", { enum: ["mid", "senior", "staff"] }),
  },
  (table) => [
    index("practice_sessions_created_by_idx").on(table.createdBy, table.status, table.startedAt),
    uniqueIndex("practice_sessions_room_round_idx").on(table.roomId, table.round),
  ],
);

export const sessionParticipants = pgTable(
  "session_participants",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => practiceSessions.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["candidate", "interviewer", "observer"] }).notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.userId] }), index("session_participants_user_idx").on(table.userId)],
);

/** The moment each later phase began; the primary key makes a double "Next phase" harmless. */
export const sessionPhaseAdvances = pgTable(
  "session_phase_advances",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => practiceSessions.id, { onDelete: "cascade" }),
    phaseIndex: integer("phase_index").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().default(sql`clock_timestamp()`),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.phaseIndex] })],
);

/** Pauses of a peer round's clock: each is a stored fact, so the clock stays a function of facts. */
export const sessionPauses = pgTable(
  "session_pauses",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => practiceSessions.id, { onDelete: "cascade" }),
    pausedAt: timestamp("paused_at", { withTimezone: true, mode: "date" }).notNull().default(sql`clock_timestamp()`),
    resumedAt: timestamp("resumed_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.pausedAt] })],
);

/**
 * The documents' update log, in order: the source of truth for notes, drawing and replay.
 * `channel` says which document: the shared one, or the interviewer's private one.
 */
export const sessionUpdates = pgTable(
  "session_updates",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => practiceSessions.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().default(sql`clock_timestamp()`),
    byteSize: integer("byte_size").notNull(),
    data: bytea("data").notNull(),
    channel: text("channel", { enum: ["shared", "interviewer", "redraw"] }).notNull().default("shared"),
  },
  (table) => [index("session_updates_session_channel_seq_idx").on(table.sessionId, table.channel, table.seq)],
);

/**
 * A checkpoint of one of a session's documents: the log's updates up to `seq` merged into one
 * update, so a cold load applies it and reads only the rows after it. Built from the log alone
 * (never from memory) and replaced in one upsert, so the log stays the source of truth.
 */
export const sessionCheckpoints = pgTable(
  "session_checkpoints",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => practiceSessions.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: ["shared", "interviewer", "redraw"] }).notNull(),
    /** The last log sequence number the state covers. */
    seq: bigint("seq", { mode: "number" }).notNull(),
    state: bytea("state").notNull(),
    byteSize: integer("byte_size").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().default(sql`clock_timestamp()`),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.channel] })],
);

/**
 * The chat of a peer round, in order: `seq` counts from 1 within the session and is assigned in
 * the insert's transaction under the session row's lock, so everyone sees one order.
 */
export const sessionChatMessages = pgTable(
  "session_chat_messages",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => practiceSessions.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().default(sql`clock_timestamp()`),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.seq] })],
);

export const userSettings = pgTable("user_settings", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  defaultPlan: jsonb("default_plan").$type<Plan>(),
  /** The level the user is preparing for (mid, senior or staff); null until they choose. */
  targetLevel: text("target_level", { enum: ["mid", "senior", "staff"] }),
  /** Whether the room beeps when a phase's time runs out. */
  sounds: boolean("sounds").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

import { sql } from "drizzle-orm";
import { bigint, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Plan } from "@/lib/sessions/plan";
import { questions } from "./questions";
import { users } from "./users";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

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
    status: text("status", { enum: ["active", "finished", "abandoned"] }).notNull().default("active"),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    /** Bytes of document updates stored so far, for the size limit. */
    docBytes: integer("doc_bytes").notNull().default(0),
    updateCount: integer("update_count").notNull().default(0),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("practice_sessions_created_by_idx").on(table.createdBy, table.status, table.startedAt)],
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
    role: text("role", { enum: ["candidate", "interviewer"] }).notNull(),
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

/** The document's update log, in order: the source of truth for notes, drawing and replay. */
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
  },
  (table) => [index("session_updates_session_seq_idx").on(table.sessionId, table.seq)],
);

export const userSettings = pgTable("user_settings", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  defaultPlan: jsonb("default_plan").$type<Plan>(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { GradeBody } from "@/lib/grading/schemas";
import { rubricVersions } from "./content";
import { practiceSessions } from "./sessions";
import { users } from "./users";

/** One grader's current grade of one session; every edit is also kept in grade_revisions. */
export const grades = pgTable(
  "grades",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => practiceSessions.id, { onDelete: "cascade" }),
    graderId: uuid("grader_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["self", "peer"] }).notNull(),
    rubricVersion: integer("rubric_version")
      .notNull()
      .references(() => rubricVersions.version),
    body: jsonb("body").$type<GradeBody>().notNull(),
    /** Weighted mean of the dimension levels (1..4). */
    overallScore: real("overall_score").notNull(),
    signal: text("signal", { enum: ["no_hire", "lean_no_hire", "hire", "strong_hire"] }).notNull(),
    revision: integer("revision").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    unique("grades_session_grader_kind").on(table.sessionId, table.graderId, table.kind),
    index("grades_grader_idx").on(table.graderId),
    // A peer round has one interviewer, so at most one peer grade.
    uniqueIndex("grades_one_peer_grade_idx").on(table.sessionId).where(sql`kind = 'peer'`),
  ],
);

/** The candidate's rating of their interviewer after a peer round (one per round). */
export const interviewerRatings = pgTable("interviewer_ratings", {
  sessionId: uuid("session_id")
    .primaryKey()
    .references(() => practiceSessions.id, { onDelete: "cascade" }),
  raterId: uuid("rater_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  interviewerId: uuid("interviewer_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  /** 1..4: how helpful the interviewer was. */
  helpfulness: integer("helpfulness").notNull(),
  /** 1..4: how good the question and the hints were. */
  questionQuality: integer("question_quality").notNull(),
  comment: text("comment").notNull().default(""),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export const gradeRevisions = pgTable(
  "grade_revisions",
  {
    gradeId: uuid("grade_id")
      .notNull()
      .references(() => grades.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    rubricVersion: integer("rubric_version").notNull(),
    body: jsonb("body").$type<GradeBody>().notNull(),
    overallScore: real("overall_score").notNull(),
    signal: text("signal").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.gradeId, table.revision] })],
);

/** A user's ticks on the readiness checklists, with when they ticked. */
export const checklistTicks = pgTable(
  "checklist_ticks",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    checklistKey: text("checklist_key").notNull(),
    itemKey: text("item_key").notNull(),
    tickedAt: timestamp("ticked_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.checklistKey, table.itemKey] })],
);

/** The roadmap a user follows and the date they started it. */
export const userRoadmaps = pgTable("user_roadmaps", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  roadmapKey: text("roadmap_key").notNull(),
  startDate: date("start_date", { mode: "string" }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const roadmapTicks = pgTable(
  "roadmap_ticks",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    roadmapKey: text("roadmap_key").notNull(),
    itemKey: text("item_key").notNull(),
    tickedAt: timestamp("ticked_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.roadmapKey, table.itemKey] })],
);

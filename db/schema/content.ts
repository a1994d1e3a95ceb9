import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { Rubric } from "@/lib/grading/rubric-schema";
import type { Checklist, Roadmap } from "@/lib/readiness/content-schemas";

/** Every rubric version ever loaded; grades point at the version they used. */
export const rubricVersions = pgTable("rubric_versions", {
  version: integer("version").primaryKey(),
  title: text("title").notNull(),
  body: jsonb("body").$type<Rubric>().notNull(),
  contentHash: text("content_hash").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const checklists = pgTable("checklists", {
  key: text("key").primaryKey(),
  title: text("title").notNull(),
  kind: text("kind", { enum: ["concepts", "problems", "stories", "final"] }).notNull(),
  sortOrder: integer("sort_order").notNull(),
  body: jsonb("body").$type<Checklist>().notNull(),
  contentHash: text("content_hash").notNull(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const roadmaps = pgTable("roadmaps", {
  key: text("key").primaryKey(),
  title: text("title").notNull(),
  kind: text("kind", { enum: ["weekly", "stages"] }).notNull(),
  sortOrder: integer("sort_order").notNull(),
  body: jsonb("body").$type<Roadmap>().notNull(),
  contentHash: text("content_hash").notNull(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

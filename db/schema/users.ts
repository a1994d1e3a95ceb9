import { sql } from "drizzle-orm";
import { bigint, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** argon2id hash; null for accounts that only sign in through OAuth. */
    passwordHash: text("password_hash"),
    /** Bumped by every change to the user's practice data; keys their cached personal pages. */
    dataVersion: bigint("data_version", { mode: "number" }).notNull().default(0),
    /**
     * Sessions (cookies) carry the version they were issued at; bumping it (sign-out, sign out
     * everywhere) ends every one of them, although each cookie is valid for 30 days.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Set when the account was deleted: the row stays, emptied and named "a former member", so
     * peer sessions shared with others still read correctly.
     */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (table) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${table.email})`)],
);

export const oauthAccounts = pgTable(
  "oauth_accounts",
  {
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] })],
);

import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return row;
}

export async function findUserById(db: Db, id: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row;
}

/** The version of the user's practice data (see touchUserData); undefined for an unknown user. */
export async function getUserDataVersion(db: Db, id: string): Promise<number | undefined> {
  const [row] = await db.select({ version: users.dataVersion }).from(users).where(eq(users.id, id)).limit(1);
  return row?.version;
}

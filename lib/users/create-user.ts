import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/http/errors";
import { hashPassword } from "./passwords";
import type { PublicUser, SignUpInput } from "./schemas";

const TAKEN = "An account with this email already exists. Sign in instead.";

export async function createUserWithPassword(db: Db, input: SignUpInput): Promise<PublicUser> {
  const passwordHash = await hashPassword(input.password);
  const [created] = await db
    .insert(users)
    .values({ email: input.email, name: input.name, passwordHash })
    .onConflictDoNothing()
    .returning({ id: users.id, email: users.email, name: users.name });
  if (!created) throw new AppError("CONFLICT", TAKEN, { email: TAKEN });
  return created;
}

import { currentUser, type SessionUser } from "@/lib/auth/session";
import { AppError, notFound } from "./errors";
import { sessionIdSchema } from "@/lib/sessions/schemas";

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  return user;
}

/** The session id from the URL; a malformed one is as unknown as a missing one (404). */
export async function sessionIdFrom(params: Promise<{ id: string }>): Promise<string> {
  const parsed = sessionIdSchema.safeParse((await params).id);
  if (!parsed.success) throw notFound("That session");
  return parsed.data;
}

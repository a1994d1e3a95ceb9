import { redirect } from "next/navigation";
import { currentUser, type SessionUser } from "./session";

/** For pages that need an account: sends a visitor to sign in and back here afterwards. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

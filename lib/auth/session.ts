import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { authOptions } from "./options";

export type SessionUser = { id: string; name: string; email: string };

/** The signed-in user for a server component, route handler or server action; null if none. */
export async function currentUser(): Promise<SessionUser | null> {
  await headers(); // reading the request first keeps pages that show the user out of build-time prerendering
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name ?? "", email: user.email ?? "" };
}

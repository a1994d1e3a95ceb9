import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { oauthAccounts, users } from "@/db/schema";
import { findUserByEmail } from "./queries";

type OAuthProfile = { provider: string; providerAccountId: string; email?: string | null; name?: string | null };

/**
 * Finds or creates the local user behind an OAuth sign-in. An existing account with the same
 * (provider-verified) email is linked rather than duplicated.
 */
export async function linkOAuthAccount(db: Db, profile: OAuthProfile): Promise<string> {
  return db.transaction(async (tx) => {
    const [linked] = await tx
      .select({ userId: oauthAccounts.userId })
      .from(oauthAccounts)
      .where(and(eq(oauthAccounts.provider, profile.provider), eq(oauthAccounts.providerAccountId, profile.providerAccountId)))
      .limit(1);
    if (linked) return linked.userId;

    const email = (profile.email ?? `${profile.provider}-${profile.providerAccountId}@users.noreply.local`).toLowerCase();
    let userId = (await findUserByEmail(tx as unknown as Db, email))?.id;
    if (!userId) {
      const [created] = await tx
        .insert(users)
        .values({ email, name: profile.name?.trim() || email.split("@")[0]! })
        .returning({ id: users.id });
      userId = created!.id;
    }
    await tx.insert(oauthAccounts).values({ provider: profile.provider, providerAccountId: profile.providerAccountId, userId });
    return userId;
  });
}

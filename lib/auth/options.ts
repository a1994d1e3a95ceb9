import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { authenticateWithPassword } from "@/lib/users/authenticate";
import { endAllSessions, getSessionVersion, isSessionCurrent } from "@/lib/users/session-version";
import { linkOAuthAccount } from "@/lib/users/link-oauth-account";
import { findUserById } from "@/lib/users/queries";
import { clientIpFrom } from "./client-ip";
import { safeAuthRedirect } from "./safe-callback";

function providers(): NextAuthOptions["providers"] {
  const config = env();
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          return await authenticateWithPassword(getDb(), credentials, clientIpFrom(req?.headers));
        } catch (error) {
          // next-auth passes the message of a thrown error back to signIn() as result.error.
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ];
  if (config.GITHUB_ID && config.GITHUB_SECRET) {
    list.push(GitHubProvider({ clientId: config.GITHUB_ID, clientSecret: config.GITHUB_SECRET }));
  }
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    list.push(GoogleProvider({ clientId: config.GOOGLE_CLIENT_ID, clientSecret: config.GOOGLE_CLIENT_SECRET }));
  }
  return list;
}

export function oauthProviderIds(): string[] {
  const config = env();
  return [
    ...(config.GITHUB_ID && config.GITHUB_SECRET ? ["github"] : []),
    ...(config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET ? ["google"] : []),
  ];
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: providers(),
    // Signing out ends the session on every device: the cookie is only one copy of it.
    events: {
      signOut: async ({ token }) => {
        if (typeof token?.sub === "string") await endAllSessions(getDb(), token.sub);
      },
    },
    callbacks: {
      redirect: async (params) => safeAuthRedirect(params),
      async jwt({ token, user, account, trigger }) {
        if (account && account.type === "oauth") {
          token.sub = await linkOAuthAccount(getDb(), {
            provider: account.provider,
            providerAccountId: account.providerAccountId,
            email: user?.email,
            name: user?.name,
          });
        } else if (user) {
          token.sub = user.id;
        }
        // At sign-in the token records the session version it was issued at (see session-version.ts).
        if (user && typeof token.sub === "string") token.sv = (await getSessionVersion(getDb(), token.sub)) ?? 0;
        // Afterwards (the page asking for its session) an ended one is refused: next-auth then
        // clears the cookie and the page shows the visitor as signed out.
        else if (!(await isSessionCurrent(getDb(), token))) throw new Error("this session was ended by a sign-out");
        // The settings page renamed the user: the name is read from the database, never taken from the client.
        else if (trigger === "update" && typeof token.sub === "string") token.name = (await findUserById(getDb(), token.sub))?.name ?? token.name;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
  return cached;
}

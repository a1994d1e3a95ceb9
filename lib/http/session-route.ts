import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { loadSnapshot } from "@/lib/sessions/open-session";
import { sessionIdSchema } from "@/lib/sessions/schemas";
import { AppError, notFound } from "./errors";
import { route } from "./route";

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

export type SessionRouteContext = { request: NextRequest; db: Db; user: SessionUser; sessionId: string };

/**
 * A route under /api/practice/<id>: resolves the signed-in user and the session id once and hands
 * the handler a typed context. Whether the user may act is the domain verb's question (404 for
 * anyone outside the session, a refusal for a role that may not).
 */
export function withSession(handler: (context: SessionRouteContext) => Promise<Response>) {
  return route<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
    const user = await requireUser();
    const sessionId = await sessionIdFrom(params);
    return handler({ request, db: getDb(), user, sessionId });
  });
}

/** The session as the acting user now sees it: what verb routes answer with. */
export async function snapshotResponse({ db, sessionId, user }: SessionRouteContext, status = 200): Promise<Response> {
  return NextResponse.json(await loadSnapshot(db, sessionId, user.id), { status, headers: { "Cache-Control": "private, no-store" } });
}

import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { endAllSessions } from "@/lib/users/session-version";

export const dynamic = "force-dynamic";

/** Ends every session of the signed-in user, this one included (signing out does the same). */
export const POST = route(async () => {
  const user = await requireUser();
  await endAllSessions(getDb(), user.id);
  return NextResponse.json({ signedOut: "everywhere" }, { headers: { "cache-control": "no-store" } });
});

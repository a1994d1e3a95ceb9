import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseJsonBody, route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { changePassword } from "@/lib/users/change-password";
import { changePasswordSchema } from "@/lib/users/schemas";

export const dynamic = "force-dynamic";

/** Changes the password; every session ends, this one too, so the page signs in again with the new one. */
export const PUT = route(async (request) => {
  const user = await requireUser();
  await changePassword(getDb(), user.id, await parseJsonBody(request, changePasswordSchema));
  return NextResponse.json({ changed: true, signedOut: "everywhere" }, { headers: { "cache-control": "no-store" } });
});

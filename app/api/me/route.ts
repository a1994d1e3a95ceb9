import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseJsonBody, route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { deleteAccount } from "@/lib/users/delete-account";
import { deleteAccountSchema } from "@/lib/users/schemas";

export const dynamic = "force-dynamic";

/** Deletes the signed-in account, confirmed by its password (or, without one, its email). */
export const DELETE = route(async (request) => {
  const user = await requireUser();
  await deleteAccount(getDb(), user.id, await parseJsonBody(request, deleteAccountSchema));
  return NextResponse.json({ deleted: true }, { headers: { "cache-control": "no-store" } });
});

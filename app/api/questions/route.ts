import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { currentUser } from "@/lib/auth/session";
import { parseSearchParams, route } from "@/lib/http/route";
import { listBank } from "@/lib/questions/list-bank";
import { listQuestionsQuerySchema } from "@/lib/questions/schemas";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  const query = parseSearchParams(request, listQuestionsQuerySchema);
  // Only a practice filter depends on who is asking; everyone else gets the shared, cached page.
  const user = query.practice ? await currentUser() : null;
  return NextResponse.json(await listBank(getDb(), query, user?.id ?? null));
});

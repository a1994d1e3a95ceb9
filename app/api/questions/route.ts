import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseSearchParams, route } from "@/lib/http/route";
import { listQuestions } from "@/lib/questions/queries";
import { listQuestionsQuerySchema } from "@/lib/questions/schemas";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  const query = parseSearchParams(request, listQuestionsQuerySchema);
  return NextResponse.json(await listQuestions(getDb(), query));
});

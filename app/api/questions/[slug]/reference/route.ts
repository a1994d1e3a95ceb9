import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { currentUser } from "@/lib/auth/session";
import { notFound } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { readQuestionReference } from "@/lib/questions/read-reference";
import { slugSchema } from "@/lib/questions/schemas";

export const dynamic = "force-dynamic";

export const GET = route<{ params: Promise<{ slug: string }> }>(async (_request, { params }) => {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) throw notFound("That question");
  const user = await currentUser();
  const reference = await readQuestionReference(getDb(), slug.data, user?.id ?? null);
  // Who may read it depends on the reader, so no shared cache may keep it.
  return NextResponse.json(reference, { headers: { "cache-control": "private, no-store" } });
});

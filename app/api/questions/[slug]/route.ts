import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { notFound } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { getQuestionBySlug } from "@/lib/questions/queries";
import { slugSchema } from "@/lib/questions/schemas";

export const dynamic = "force-dynamic";

export const GET = route<{ params: Promise<{ slug: string }> }>(async (_request, { params }) => {
  const slug = slugSchema.safeParse((await params).slug);
  const question = slug.success ? await getQuestionBySlug(getDb(), slug.data) : undefined;
  if (!question) throw notFound("That question");
  return NextResponse.json(question);
});

import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseJsonBody, route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { readClock } from "@/lib/sessions/clock";
import { getRoadmapForUser } from "@/lib/readiness/roadmap";
import { roadmapSelectionSchema } from "@/lib/readiness/schemas";
import { selectRoadmap } from "@/lib/readiness/select-roadmap";

export const dynamic = "force-dynamic";

/** The roadmap the user follows, with this week's items and progress; `roadmap: null` if none. */
export const GET = route(async () => {
  const user = await requireUser();
  return NextResponse.json({ roadmap: await getRoadmapForUser(getDb(), user.id, readClock()) });
});

/** Picks a roadmap and its start date: { roadmapKey, startDate: "YYYY-MM-DD" }. */
export const PUT = route(async (request) => {
  const user = await requireUser();
  const input = await parseJsonBody(request, roadmapSelectionSchema(readClock()));
  return NextResponse.json(await selectRoadmap(getDb(), user.id, input));
});

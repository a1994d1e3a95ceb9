import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseJsonBody, route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { defaultPlanSchema } from "@/lib/sessions/schemas";
import { saveDefaultPlan } from "@/lib/sessions/save-default-plan";

export const dynamic = "force-dynamic";

export const PUT = route(async (request) => {
  const user = await requireUser();
  const { plan } = await parseJsonBody(request, defaultPlanSchema);
  await saveDefaultPlan(getDb(), user.id, plan);
  return NextResponse.json({ plan });
});

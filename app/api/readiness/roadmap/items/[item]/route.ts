import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { readinessParams, roadmapItemParamsSchema } from "@/lib/readiness/schemas";
import { setRoadmapTick } from "@/lib/readiness/set-roadmap-tick";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ item: string }> };

const handler = (ticked: boolean) =>
  route<Context>(async (_request, { params }) => {
    const user = await requireUser();
    const { item } = await readinessParams(params, roadmapItemParamsSchema, "That roadmap item");
    return NextResponse.json(await setRoadmapTick(getDb(), user.id, item, ticked));
  });

/** Ticks an item of the roadmap the user follows. */
export const PUT = handler(true);
/** Unticks it. */
export const DELETE = handler(false);

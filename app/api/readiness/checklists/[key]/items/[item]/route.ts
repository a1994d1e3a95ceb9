import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { checklistItemParamsSchema, readinessParams } from "@/lib/readiness/schemas";
import { setChecklistTick } from "@/lib/readiness/set-checklist-tick";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ key: string; item: string }> };

const handler = (ticked: boolean) =>
  route<Context>(async (_request, { params }) => {
    const user = await requireUser();
    const { key, item } = await readinessParams(params, checklistItemParamsSchema, "That checklist item");
    return NextResponse.json(await setChecklistTick(getDb(), user.id, { checklistKey: key, itemKey: item }, ticked));
  });

/** Ticks the item (keeping the first tick's date). */
export const PUT = handler(true);
/** Unticks the item. */
export const DELETE = handler(false);

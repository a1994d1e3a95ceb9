import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseJsonBody, route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { getAccountSettings, updateAccountSettings } from "@/lib/users/account-settings";
import { accountSettingsPatchSchema } from "@/lib/users/schemas";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "private, no-store" };

export const GET = route(async () => {
  const user = await requireUser();
  return NextResponse.json(await getAccountSettings(getDb(), user.id), { headers: noStore });
});

/** Changes any of: display name, target level, sounds. */
export const PATCH = route(async (request) => {
  const user = await requireUser();
  const patch = await parseJsonBody(request, accountSettingsPatchSchema);
  return NextResponse.json(await updateAccountSettings(getDb(), user.id, patch), { headers: noStore });
});

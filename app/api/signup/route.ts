import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { parseJsonBody, route } from "@/lib/http/route";
import { consumeOrThrow, limits } from "@/lib/rate-limit/limiters";
import { createUserWithPassword } from "@/lib/users/create-user";
import { signUpSchema } from "@/lib/users/schemas";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  const input = await parseJsonBody(request, signUpSchema, 4 * 1024);
  await consumeOrThrow(limits().signUpIp, clientIpFrom(request.headers), "Too many accounts were created from your network.");
  const user = await createUserWithPassword(getDb(), input);
  return NextResponse.json({ user }, { status: 201 });
});

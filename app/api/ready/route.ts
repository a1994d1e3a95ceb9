import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { checkHealth } from "@/lib/boot/health";

export const dynamic = "force-dynamic";

/** For a load balancer: 200 when this instance can serve (database and Redis answer, not shutting down), else 503. */
export async function GET() {
  const health = await checkHealth(getDb());
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}

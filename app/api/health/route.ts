import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { checkHealth } from "@/lib/boot/health";

export const dynamic = "force-dynamic";

/**
 * Liveness: 200 while this process serves requests, with the state of what it depends on. A
 * database that is down is no reason to restart the app; /api/ready is what takes it out of a
 * balancer.
 */
export async function GET() {
  const health = await checkHealth(getDb());
  return NextResponse.json(health, { headers: { "cache-control": "no-store" } });
}

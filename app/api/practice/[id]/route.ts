import { snapshotResponse, withSession } from "@/lib/http/session-route";

export const dynamic = "force-dynamic";

export const GET = withSession(snapshotResponse);

import { NextResponse } from "next/server";
import { currentOpenApiDocument } from "@/lib/http/openapi/build-document";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of this API, built from the routes' zod schemas. */
export function GET() {
  return NextResponse.json(currentOpenApiDocument(), { headers: { "cache-control": "no-cache" } });
}

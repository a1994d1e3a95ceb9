import { NextResponse } from "next/server";
import { notFound, toErrorBody } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

// Any /api address no route claims answers in the API's error shape, not with the HTML 404 page.
function unknownEndpoint() {
  const { status, body } = toErrorBody(notFound("That API endpoint"));
  return NextResponse.json(body, { status });
}

export { unknownEndpoint as GET, unknownEndpoint as POST, unknownEndpoint as PUT, unknownEndpoint as PATCH, unknownEndpoint as DELETE };

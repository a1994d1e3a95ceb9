import { z } from "zod";
import { replayLogSchema } from "@/lib/history/schemas";
import type { ApiOperation } from "../operation";
import { NOT_IN_SESSION, sessionPathParams } from "./practice";

export const historyOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/history/{id}/updates",
    tag: "history",
    summary: "The shared document's update log, for replay",
    description: "Every stored Yjs update of the session's shared document (notes per phase and the whiteboard), in order. Applying them up to a moment rebuilds the document as it was then.",
    auth: "session",
    pathParams: sessionPathParams,
    responses: { 200: { description: "The log.", schema: replayLogSchema } },
    errors: { 404: NOT_IN_SESSION },
  },
  {
    method: "get",
    path: "/api/history/{id}/export.md",
    tag: "history",
    summary: "The session as a Markdown file",
    description: "Notes per phase, time per phase and grades, as a file to download.",
    auth: "session",
    pathParams: sessionPathParams,
    responses: {
      200: {
        description: "The Markdown document.",
        contentType: "text/markdown",
        schema: z.string(),
        headers: { "Content-Disposition": 'attachment; filename="<question>-<date>.md"' },
      },
    },
    errors: { 404: NOT_IN_SESSION },
  },
];

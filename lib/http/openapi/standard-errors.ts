import { DEFAULT_BODY_LIMIT } from "@/lib/http/route";
import type { ApiOperation, ErrorStatus } from "./operation";

const STATE_CHANGING = new Set(["post", "put", "patch", "delete"]);

/**
 * The errors an operation can answer with: its own, plus those every operation of its kind
 * produces (a JSON body that is malformed, too large or not JSON; no session; a request from
 * another site's page). Several reasons for one status become a Markdown list.
 */
export function errorsOf(operation: ApiOperation): Partial<Record<ErrorStatus, string>> {
  const reasons: Partial<Record<ErrorStatus, string[]>> = {};
  const add = (status: ErrorStatus, reason: string) => (reasons[status] ??= []).push(reason);
  if (operation.query) add(400, "A query parameter is not valid; `fields` names each and says why.");
  const json = operation.body && (operation.body.contentType ?? "application/json") === "application/json";
  if (json) {
    add(400, "The body is not valid JSON, contains text that cannot be stored (a NUL character, half an emoji), or does not match the schema; `fields` names each problem.");
    add(413, `The body is larger than ${Math.round((operation.body!.limitBytes ?? DEFAULT_BODY_LIMIT) / 1024)} KB.`);
    add(415, "The body was not sent as Content-Type: application/json.");
  }
  if (operation.auth === "session") add(401, "Nobody is signed in (no valid session cookie, or the session was ended).");
  if (STATE_CHANGING.has(operation.method)) add(403, "The request came from a page of another site (its Origin or Sec-Fetch-Site header), so it was refused.");
  for (const [status, reason] of Object.entries(operation.errors ?? {})) add(Number(status) as ErrorStatus, reason);
  return Object.fromEntries(Object.entries(reasons).map(([status, list]) => [status, list.length === 1 ? list[0]! : list.map((reason) => `- ${reason}`).join("\n")]));
}

import type { IncomingMessage } from "node:http";
import { parse } from "cookie";
import { CHOSEN_TIME_ZONE_COOKIE, DETECTED_TIME_ZONE_COOKIE, resolveTimeZone } from "@/lib/format/time-zone";

/** The zone a request's pages show dates in, from its cookies (UTC without any). */
export function timeZoneOf(req: IncomingMessage): string {
  const cookies = parse(req.headers.cookie ?? "");
  return resolveTimeZone({ chosen: cookies[CHOSEN_TIME_ZONE_COOKIE], detected: cookies[DETECTED_TIME_ZONE_COOKIE] });
}

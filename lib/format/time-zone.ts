// Dates show in the user's time zone: the browser's, detected and kept in a cookie, or one chosen
// in settings for this device. The server renders with the same zone the browser will (it reads
// the cookies of the request), so server and client output match for hydration.

/** The browser's own zone, written by the page itself (components/time-zone-sync.tsx). */
export const DETECTED_TIME_ZONE_COOKIE = "sdp-tz";
/** A zone the user chose in settings, or absent for the browser's. */
export const CHOSEN_TIME_ZONE_COOKIE = "sdp-tz-choice";

const valid = new Map<string, boolean>();

/** Whether this runtime knows the IANA zone ("Europe/Berlin"); bounded input, remembered. */
export function isTimeZone(value: string | undefined): value is string {
  if (!value || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return false;
  let known = valid.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-GB", { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    if (valid.size < 1000) valid.set(value, known);
  }
  return known;
}

/** The zone to show dates in, from the request's cookies: the chosen one, else the detected one, else UTC. */
export function resolveTimeZone(cookies: { chosen?: string; detected?: string }): string {
  if (isTimeZone(cookies.chosen)) return cookies.chosen;
  if (isTimeZone(cookies.detected)) return cookies.detected;
  return "UTC";
}

type ZoneStore = { getStore(): { timeZone?: string } | undefined };

let fromCookies: { header: string; timeZone: string } | undefined;

/** The zone the cookies of this document say, resolved as the server resolves them. */
function browserPageTimeZone(header: string): string {
  if (fromCookies?.header !== header) {
    const read = (name: string) => {
      const found = header.split("; ").find((pair) => pair.startsWith(`${name}=`));
      return found ? decodeURIComponent(found.slice(name.length + 1)) : undefined;
    };
    fromCookies = { header, timeZone: resolveTimeZone({ chosen: read(CHOSEN_TIME_ZONE_COOKIE), detected: read(DETECTED_TIME_ZONE_COOKIE) }) };
  }
  return fromCookies.timeZone;
}

/**
 * The zone of what is being rendered now. On the server, the one server.ts resolved from the
 * request's cookies (kept in the request context it shares through globalThis, as the logger
 * does); in the browser, the same cookies resolved the same way, so both render alike.
 */
export function currentTimeZone(): string {
  if (typeof document !== "undefined") return browserPageTimeZone(document.cookie);
  const store = (globalThis as unknown as { __sdpRequestContext?: ZoneStore }).__sdpRequestContext?.getStore();
  return store?.timeZone ?? "UTC";
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    offsetFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instantMs)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/** The instant a calendar day ("2026-03-29") begins in a zone, daylight-saving changes included. */
export function zonedDayStart(isoDay: string, timeZone: string): Date {
  const [year, month, day] = isoDay.split("-").map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(year, month - 1, day);
  const first = midnightUtc - zoneOffsetMs(midnightUtc, timeZone);
  // The offset at the guess may differ from the one at the answer when a change falls between.
  return new Date(midnightUtc - zoneOffsetMs(first, timeZone));
}

/** The calendar day after one ("2026-12-31" -> "2027-01-01"). */
export function nextDay(isoDay: string): string {
  const [year, month, day] = isoDay.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

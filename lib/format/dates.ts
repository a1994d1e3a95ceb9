import { currentTimeZone } from "./time-zone";

// Formatters are built once per zone: constructing Intl formatters per call costs far more than
// formatting. A fixed locale, and the zone the page was rendered with (lib/format/time-zone.ts),
// keep the server's and the browser's output identical for hydration.
const formatters = new Map<string, { day: Intl.DateTimeFormat; dayAndTime: Intl.DateTimeFormat; shortDay: Intl.DateTimeFormat }>();

function formattersFor(timeZone: string) {
  let found = formatters.get(timeZone);
  if (!found) {
    found = {
      day: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone }),
      dayAndTime: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short", timeZone }),
      shortDay: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }),
    };
    formatters.set(timeZone, found);
  }
  return found;
}

/** "12 May 2026" */
export const formatDay = (value: string | number | Date, timeZone = currentTimeZone()) => formattersFor(timeZone).day.format(new Date(value));
/** "12 May 2026, 14:05 CEST": in the user's zone, which it names. */
export const formatDateTime = (value: string | number | Date, timeZone = currentTimeZone()) => formattersFor(timeZone).dayAndTime.format(new Date(value));
/** "12 May 2026" in the short month form used in compact tables. */
export const formatShortDay = (value: string | number | Date, timeZone = currentTimeZone()) => formattersFor(timeZone).shortDay.format(new Date(value));

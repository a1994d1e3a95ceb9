// Formatters are built once: constructing Intl formatters per call costs far more than formatting.
// A fixed locale and UTC keep the server's and the browser's output identical for hydration.
const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const dayAndTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const shortDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "12 May 2026" */
export const formatDay = (value: string | number | Date) => day.format(new Date(value));
/** "12 May 2026, 14:05 UTC" */
export const formatDateTime = (value: string | number | Date) => `${dayAndTime.format(new Date(value))} UTC`;
/** "12 May 2026" in the short month form used in compact tables. */
export const formatShortDay = (value: string | number | Date) => shortDay.format(new Date(value));

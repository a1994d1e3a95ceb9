/** "12 May 2026": the same on server and browser (fixed locale and UTC), so hydration agrees. */
export const formatDay = (value: string | number) => new Date(value).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export { formatDay } from "@/lib/format/dates";

export const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

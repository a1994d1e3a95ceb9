"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False in the server's HTML and until React has hydrated the page, then true. Controls that do
 * nothing before hydration use it to say so (disabled) instead of swallowing an early tap.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}

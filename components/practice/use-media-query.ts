"use client";

import { useCallback, useSyncExternalStore } from "react";

/** Whether a CSS media query matches now; the server renders the wide layout. */
export function useMediaQuery(query: string, serverValue = true): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", listener);
      return () => list.removeEventListener("change", listener);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => serverValue);
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { CHOSEN_TIME_ZONE_COOKIE, currentTimeZone, DETECTED_TIME_ZONE_COOKIE } from "@/lib/format/time-zone";

const YEAR_SECONDS = 365 * 24 * 3600;

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

const hasCookie = (name: string, value?: string) =>
  document.cookie.split("; ").some((pair) => (value === undefined ? pair.startsWith(`${name}=`) : pair === `${name}=${encodeURIComponent(value)}`));

/**
 * Tells the server the browser's time zone (a cookie), so pages render dates in it. When the
 * zone is new (a first visit, or the laptop travelled) and the user has not chosen one in
 * settings, the page is rendered again, once, in the right zone.
 */
export function TimeZoneSync() {
  const router = useRouter();
  useEffect(() => {
    const detect = () => {
      const zone = browserTimeZone();
      if (hasCookie(DETECTED_TIME_ZONE_COOKIE, zone)) return;
      const renderedIn = currentTimeZone();
      document.cookie = `${DETECTED_TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
      if (!hasCookie(CHOSEN_TIME_ZONE_COOKIE) && renderedIn !== currentTimeZone()) router.refresh();
    };
    // Not in the page's hydration: the first Intl call loads the time-zone data (some 20 ms on a
    // desktop, several times that on a phone), so it waits until the browser is idle.
    if (typeof window.requestIdleCallback !== "function") {
      const timer = setTimeout(detect, 0);
      return () => clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(detect, { timeout: 2000 });
    return () => window.cancelIdleCallback(idle);
  }, [router]);
  return null;
}

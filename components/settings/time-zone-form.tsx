"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { browserTimeZone } from "@/components/time-zone-sync";
import { formatDateTime } from "@/lib/format/dates";
import { CHOSEN_TIME_ZONE_COOKIE } from "@/lib/format/time-zone";
import { FormStatus } from "./settings-card";

const YEAR_SECONDS = 365 * 24 * 3600;
const AUTOMATIC = "";

const noSubscription = () => () => {};
let zoneList: string[] | undefined;
// The list comes from the browser: the server's ICU may know other zones, and the two must not differ at hydration.
// Chromium's list leaves UTC out; it is the one zone everybody may want, so it comes first.
const browserZones = () =>
  (zoneList ??= ["UTC", ...(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []).filter((zone) => zone !== "UTC")]);
const noZones: string[] = [];

/**
 * The zone dates and times show in, kept on this device (a cookie): the browser's by default, or
 * one the user picks, e.g. to see times where their interview will be.
 */
export function TimeZoneForm({ initialChoice }: { initialChoice: string | null }) {
  const router = useRouter();
  const [choice, setChoice] = useState(initialChoice ?? AUTOMATIC);
  // The browser's zone is known only in the browser; the server renders without it.
  const browser = useSyncExternalStore(noSubscription, browserTimeZone, () => null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const zones = useSyncExternalStore(noSubscription, browserZones, () => noZones);

  function save(event: React.FormEvent) {
    event.preventDefault();
    document.cookie =
      choice === AUTOMATIC
        ? `${CHOSEN_TIME_ZONE_COOKIE}=; path=/; max-age=0; samesite=lax`
        : `${CHOSEN_TIME_ZONE_COOKIE}=${encodeURIComponent(choice)}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
    const zone = choice || browser || "UTC";
    setStatus({ ok: true, message: `Saved. Times now show in ${zone}: it is ${formatDateTime(Date.now(), zone)}.` });
    router.refresh();
  }

  return (
    <form onSubmit={save} className="space-y-3">
      <div>
        <label htmlFor="time-zone" className="block text-sm font-medium text-slate-800">
          Time zone on this device
        </label>
        <select id="time-zone" value={choice} onChange={(e) => setChoice(e.target.value)} className={`mt-1 ${inputStyles}`}>
          <option value={AUTOMATIC}>Automatic: your browser&apos;s{browser ? ` (${browser})` : ""}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonStyles.primary}>
        Save time zone
      </button>
      <FormStatus status={status} />
    </form>
  );
}

"use client";

import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormStatus } from "./settings-card";

/** Fetches the zip with visible progress (a large history takes a few seconds), then saves it. */
export function DownloadData() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  async function download() {
    setBusy(true);
    setStatus(null);
    try {
      const response = await fetch("/api/me/export");
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? "The export did not work. Please try again.");
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "design-drills-data.zip";
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement("a"), { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ ok: true, message: `Downloaded ${name}.` });
    } catch (error) {
      setStatus({ ok: false, message: error instanceof TypeError ? "The server could not be reached. Check your connection and try again." : (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      <FormStatus status={status} />
      <button type="button" className={buttonStyles.secondary} onClick={() => void download()} disabled={busy} aria-busy={busy}>
        {busy ? (
          <>
            <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-600" />
            Preparing your data…
          </>
        ) : (
          "Download my data (.zip)"
        )}
      </button>
    </div>
  );
}

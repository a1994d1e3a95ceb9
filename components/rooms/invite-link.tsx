"use client";

import { useEffect, useId, useState } from "react";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";

/** The room's invite link, read-only, with Copy and (for the seated people) a new link that revokes the old. */
export function InviteLink({ path, onRegenerate, busy }: { path: string; onRegenerate: () => void; busy: boolean }) {
  const id = useId();
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []); // eslint-disable-line react-hooks/set-state-in-effect -- the page's own origin is known only in the browser
  const url = `${origin}${path}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select(); // no clipboard permission: select it for Ctrl+C
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        Invite link
      </label>
      <div className="flex gap-2">
        <input id={id} readOnly value={url} className={`${inputStyles} font-mono text-xs`} onFocus={(event) => event.currentTarget.select()} data-testid="invite-link" />
        <button type="button" className={buttonStyles.secondary} onClick={() => void copy()}>
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="text-xs text-slate-500">
        Whoever opens it takes the free seat; up to three more people can watch.{" "}
        <button type="button" className="font-medium text-indigo-700 hover:underline disabled:opacity-60" disabled={busy} onClick={onRegenerate}>
          {busy ? "Making a new link…" : "New link (the old one stops working)"}
        </button>
      </p>
    </div>
  );
}

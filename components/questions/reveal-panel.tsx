"use client";

import { useId, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";

/** Hides spoilers until the reader asks for them. */
export function RevealPanel({ label, warning, children }: { label: string; warning: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      {!open ? (
        <div className="rounded-xl border border-dashed border-indigo-300 bg-indigo-50/50 p-6 text-center">
          <p className="text-sm text-slate-700">{warning}</p>
          <button type="button" className={`${buttonStyles.primary} mt-4`} aria-expanded={false} aria-controls={id} onClick={() => setOpen(true)}>
            {label}
          </button>
        </div>
      ) : (
        <div id={id} className="space-y-8">
          <button type="button" className={buttonStyles.ghost} aria-expanded onClick={() => setOpen(false)}>
            Hide the reference
          </button>
          {children}
        </div>
      )}
    </div>
  );
}

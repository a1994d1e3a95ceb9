"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";

export function AbandonButton({ sessionId, title }: { sessionId: string; title: string }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "confirm" | "busy">("idle");
  const [error, setError] = useState<string | null>(null);
  if (state === "confirm" || state === "busy") {
    return (
      <span className="flex items-center gap-2">
        <button
          type="button"
          className={`${buttonStyles.secondary} !text-rose-700`}
          disabled={state === "busy"}
          onClick={async () => {
            setState("busy");
            const response = await fetch(`/api/practice/${sessionId}/abandon`, { method: "POST" }).catch(() => null);
            if (!response?.ok) {
              setError("Could not abandon it. Try again.");
              setState("idle");
              return;
            }
            router.refresh();
          }}
        >
          Yes, abandon
        </button>
        <button type="button" className={buttonStyles.ghost} onClick={() => setState("idle")}>
          Cancel
        </button>
      </span>
    );
  }
  return (
    <span>
      <button type="button" className={buttonStyles.ghost} aria-label={`Abandon ${title}`} onClick={() => setState("confirm")}>
        Abandon
      </button>
      {error ? <span role="alert" className="ml-2 text-sm text-rose-700">{error}</span> : null}
    </span>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { apiRequest } from "@/lib/http/client-request";
import type { Role } from "@/lib/sessions/schemas";

const LABEL = { interviewer: "Join as the interviewer", candidate: "Join as the candidate", observer: "Join as an observer" } as const;

export function JoinRoomButton({ token, role }: { token: string; role: Role }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const join = async () => {
    setBusy(true);
    setError(null);
    const result = await apiRequest<{ sessionId: string }>("/api/rooms/join", { method: "POST", body: { token } });
    if (result.ok) return router.push(`/practice/${result.data.sessionId}`);
    setBusy(false);
    setError(result.message);
    router.refresh(); // the room may have changed under us (a seat taken): show what it offers now
  };
  return (
    <div className="mt-6">
      {error ? (
        <p role="alert" className="mb-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      ) : null}
      <button type="button" className={buttonStyles.primary} disabled={busy} onClick={() => void join()}>
        {busy ? "Joining…" : LABEL[role]}
      </button>
    </div>
  );
}

"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { apiRequest } from "@/lib/http/client-request";
import { FormStatus } from "./settings-card";

export function SignOutEverywhere() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <div className="space-y-3">
      <FormStatus status={status} />
      <button
        type="button"
        className={buttonStyles.secondary}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await apiRequest("/api/me/sign-out-everywhere", { method: "POST", body: {} });
          if (!result.ok) {
            setBusy(false);
            setStatus({ ok: false, message: result.message });
            return;
          }
          await signOut({ callbackUrl: "/signin" });
        }}
      >
        {busy ? "Signing out…" : "Sign out everywhere"}
      </button>
    </div>
  );
}

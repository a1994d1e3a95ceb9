"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={buttonStyles.secondary}
      title="Signs you out here and on every other device"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOut({ callbackUrl: "/" });
      }}
    >
      {busy ? "Signing out…" : "Sign out"}
    </button>
  );
}

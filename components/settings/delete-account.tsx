"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { apiRequest } from "@/lib/http/client-request";
import { FormStatus } from "./settings-card";

const dangerButton =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-rose-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-rose-500 disabled:cursor-not-allowed disabled:opacity-60";

export function DeleteAccount({ hasPassword, email }: { hasPassword: boolean; email: string }) {
  const [secret, setSecret] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  async function remove() {
    setBusy(true);
    const result = await apiRequest("/api/me", { method: "DELETE", body: hasPassword ? { password: secret } : { confirmEmail: secret } });
    if (!result.ok) {
      setBusy(false);
      setConfirming(false);
      setStatus({ ok: false, message: result.message });
      return;
    }
    await signOut({ callbackUrl: "/account-deleted" });
  }

  return (
    <form
      className="max-w-md space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!secret) return setStatus({ ok: false, message: hasPassword ? "Enter your password to delete your account." : "Type your email address to confirm." });
        setStatus(null);
        setConfirming(true);
      }}
    >
      {hasPassword ? (
        <Field label="Your password" name="deletePassword" type="password" autoComplete="current-password" value={secret} onChange={(e) => setSecret(e.target.value)} required />
      ) : (
        <Field label={`Type your email (${email}) to confirm`} name="deleteConfirmEmail" type="email" value={secret} onChange={(e) => setSecret(e.target.value)} required />
      )}
      <FormStatus status={status} />
      <button type="submit" className={dangerButton} disabled={busy}>
        Delete my account
      </button>
      <ConfirmDialog open={confirming} title="Delete your account for good?" confirmLabel={busy ? "Deleting…" : "Delete my account"} busy={busy} onConfirm={() => void remove()} onClose={() => setConfirming(false)}>
        <p>Your solo sessions, grades, checklists and roadmap are removed and cannot be brought back.</p>
        <p className="mt-2">Peer sessions stay readable for your partners, with you shown as &ldquo;a former member&rdquo;.</p>
      </ConfirmDialog>
    </form>
  );
}

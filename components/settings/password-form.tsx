"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { apiRequest } from "@/lib/http/client-request";
import { FormStatus } from "./settings-card";

/**
 * Changing the password ends every session, this one included; the form then signs this browser
 * in again with the new password, so only the other devices are signed out.
 */
export function PasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setStatus({ ok: false, message: "The new password and its confirmation differ." });
      return;
    }
    setBusy(true);
    setStatus(null);
    const result = await apiRequest("/api/me/password", { method: "PUT", body: { currentPassword, newPassword } });
    if (!result.ok) {
      setBusy(false);
      setStatus({ ok: false, message: result.message });
      return;
    }
    const again = await signIn("credentials", { email, password: newPassword, redirect: false });
    setBusy(false);
    formElement.reset();
    if (!again || again.error) {
      router.push("/signin?callbackUrl=%2Fsettings");
      return;
    }
    setStatus({ ok: true, message: "Password changed. Every other device has been signed out." });
    router.refresh();
  }

  return (
    <form onSubmit={save} className="max-w-md space-y-4" noValidate>
      {/* Lets password managers pair the new password with the account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters; not a common one." />
      <Field label="Confirm the new password" name="confirmPassword" type="password" autoComplete="new-password" required />
      <FormStatus status={status} />
      <button type="submit" className={buttonStyles.primary} disabled={busy}>
        {busy ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}

"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;

/** `callbackUrl` (a same-site path) is where the new account lands, e.g. back on an invite link. */
export function SignUpForm({ callbackUrl = "/questions" }: { callbackUrl?: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const response = await fetch("/api/signup", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(input),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: FieldErrors } } | null;
        if (body?.error?.fields) setErrors(body.error.fields);
        else setFormError(body?.error?.message ?? "We could not create your account. Please try again.");
        return;
      }
      const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
      if (!result || result.error) {
        router.push(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
        return;
      }
      router.push(safeCallbackUrl(callbackUrl));
      router.refresh();
    } catch {
      setFormError("We could not reach the server. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="Name" name="name" autoComplete="name" required error={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
        hint="At least 10 characters. A short sentence works well."
      />
      {formError ? (
        <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {formError}
        </p>
      ) : null}
      <button type="submit" className={`${buttonStyles.primary} w-full`} disabled={busy}>
        {busy ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href={callbackUrl === "/questions" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-indigo-700 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}

"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

const WRONG = "That email and password do not match an account.";

export function SignInForm({ callbackUrl, oauthProviders }: { callbackUrl: string; oauthProviders: string[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setBusy(false);
    if (!result || result.error) {
      setError(!result || result.error === "CredentialsSignin" ? WRONG : result.error);
      return;
    }
    router.push(safeCallbackUrl(callbackUrl));
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4" noValidate aria-describedby={error ? "signin-error" : undefined}>
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        {error ? (
          <p id="signin-error" role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {error}
          </p>
        ) : null}
        <button type="submit" className={`${buttonStyles.primary} w-full`} disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {oauthProviders.length > 0 ? (
        <div className="space-y-2">
          <p className="text-center text-xs uppercase tracking-wide text-slate-500">or</p>
          {oauthProviders.map((provider) => (
            <button
              key={provider}
              type="button"
              className={`${buttonStyles.secondary} w-full`}
              onClick={() => void signIn(provider, { callbackUrl })}
            >
              Continue with {provider === "github" ? "GitHub" : "Google"}
            </button>
          ))}
        </div>
      ) : null}
      <p className="text-center text-sm text-slate-600">
        New here?{" "}
        <Link href={callbackUrl === "/questions" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-indigo-700 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oauthProviderIds } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <AuthCard title="Sign in" subtitle="Welcome back. Pick up your practice where you left it.">
      {params.error ? (
        <p role="alert" className="mb-4 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
          Signing in did not work. Please try again.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} oauthProviders={oauthProviderIds()} />
    </AuthCard>
  );
}

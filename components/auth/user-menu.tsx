"use client";

import Link from "next/link";
import { useSession } from "next-auth/react";
import { SignOutButton } from "./sign-out-button";

export function UserMenu() {
  const { data: session, status } = useSession();
  if (status === "loading") {
    return <div aria-hidden className="h-8 w-40 animate-pulse rounded-lg bg-slate-100" />;
  }
  if (session?.user) {
    return (
      <>
        <span className="text-slate-600" data-testid="signed-in-as">
          Signed in as <span className="font-medium text-slate-900">{session.user.name || session.user.email}</span>
        </span>
        <Link href="/settings" className="font-medium text-slate-700 hover:text-indigo-700">
          Settings
        </Link>
        <SignOutButton />
      </>
    );
  }
  return (
    <>
      <Link href="/signin" className="font-medium text-slate-700 hover:text-indigo-700">
        Sign in
      </Link>
      <Link href="/signup" className="rounded-lg bg-indigo-600 px-3 py-1.5 font-semibold text-white hover:bg-indigo-500">
        Create account
      </Link>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-lg rounded-xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="text-2xl font-semibold tracking-tight">Your account is deleted</h1>
      <p className="mt-3 text-slate-600">Your own data is gone. Peer sessions you took part in now show you as &ldquo;a former member&rdquo;.</p>
      <Link href="/" className={`${buttonStyles.secondary} mt-6`}>
        Back to the start page
      </Link>
    </div>
  );
}

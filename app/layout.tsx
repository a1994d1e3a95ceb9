import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import { Providers } from "@/components/providers";
import { requestNonce } from "@/lib/http/request-nonce";
import { ZOD_JITLESS_SCRIPT } from "@/lib/zod-browser-config";
import "./globals.css";

// Every page is rendered per request: each response's scripts carry that response's CSP nonce
// (a page prerendered at build time would have none, and the policy would block it).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Design Drills: system-design interview practice", template: "%s · Design Drills" },
  description: "Timed system-design practice, peer mock interviews, rubric grading and readiness tracking. Self-hosted.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const nonce = await requestNonce();
  return (
    <html lang="en">
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ZOD_JITLESS_SCRIPT }} />
      </head>
      <body className="min-h-screen">
        <Providers>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
            Skip to content
          </a>
          <header className="h-14 border-b border-slate-200 bg-white">
            <nav aria-label="Main" className="mx-auto flex h-full max-w-6xl items-center gap-6 px-4">
              <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
                <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-sm font-bold text-white">
                  DD
                </span>
                Design Drills
              </Link>
              <Link href="/questions" className="text-sm font-medium text-slate-700 hover:text-indigo-700">
                Question bank
              </Link>
              <Link href="/practice" className="text-sm font-medium text-slate-700 hover:text-indigo-700">
                Practice
              </Link>
              <Link href="/history" className="text-sm font-medium text-slate-700 hover:text-indigo-700">
                History
              </Link>
              <Link href="/readiness" className="text-sm font-medium text-slate-700 hover:text-indigo-700">
                Readiness
              </Link>
              <div className="ml-auto flex items-center gap-3 text-sm">
                <UserMenu />
              </div>
            </nav>
          </header>
          {/* A practice room is a full-height workspace: it takes the whole width and height below the header. */}
          <main id="main" className="mx-auto max-w-6xl px-4 py-8 has-[[data-workspace]]:max-w-none has-[[data-workspace]]:p-0">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}

import type { Metadata } from "next";
import { SiteNav } from "@/components/nav/site-nav";
import { Providers } from "@/components/providers";
import { TimeZoneSync } from "@/components/time-zone-sync";
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
          <TimeZoneSync />
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
            Skip to content
          </a>
          <header className="relative bg-white shadow-[0_1px_0_0_var(--color-slate-200)]">
            <SiteNav />
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

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { UserMenu } from "@/components/auth/user-menu";

const LINKS = [
  { href: "/questions", label: "Question bank" },
  { href: "/practice", label: "Practice" },
  { href: "/history", label: "History" },
  { href: "/readiness", label: "Readiness" },
] as const;

const linkStyle = (active: boolean) => `text-sm font-medium hover:text-indigo-700 ${active ? "text-indigo-700" : "text-slate-700"}`;

/**
 * The site's navigation: one row on wide screens; on narrow ones (phones, or a zoomed window) the
 * links and the account folded behind a "Menu" button, so no page is wider than its screen.
 */
export function SiteNav() {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const isActive = (href: string) => pathname === href || pathname.startsWith(`${href}/`);

  // A link followed from the open menu lands on a page with the menu folded again.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- closing on navigation is the effect's whole point
  useEffect(() => setOpen(false), [pathname]);

  return (
    <nav aria-label="Main" className="mx-auto max-w-6xl px-4">
      <div className="flex h-14 items-center gap-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold text-slate-900">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-sm font-bold text-white">
            DD
          </span>
          Design Drills
        </Link>
        <div className="hidden items-center gap-6 lg:flex">
          {LINKS.map((link) => (
            <Link key={link.href} href={link.href} className={linkStyle(isActive(link.href))} aria-current={isActive(link.href) ? "page" : undefined}>
              {link.label}
            </Link>
          ))}
        </div>
        <div className="ml-auto hidden items-center gap-3 text-sm lg:flex">
          <UserMenu />
        </div>
        <button
          type="button"
          className="ml-auto inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 lg:hidden"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen(!open)}
        >
          <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
            {open ? (
              <path d="M5.3 4.3a1 1 0 0 1 1.4 0L10 7.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 9l3.3 3.3a1 1 0 0 1-1.4 1.4L10 10.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 9 5.3 5.7a1 1 0 0 1 0-1.4Z" />
            ) : (
              <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Z" />
            )}
          </svg>
          Menu
        </button>
      </div>
      {/* Rendered only while open: one account menu in the page at a time, and it overlays the page instead of pushing it down. */}
      {open ? (
      <div id={panelId} className="absolute inset-x-0 top-14 z-40 border-y border-slate-200 bg-white px-4 pb-4 shadow-lg lg:hidden">
        <ul className="flex flex-col py-2">
          {LINKS.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className={`block rounded-md px-2 py-2 ${linkStyle(isActive(link.href))}`} aria-current={isActive(link.href) ? "page" : undefined}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 px-2 pt-3 text-sm">
          <UserMenu />
        </div>
      </div>
      ) : null}
    </nav>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { formatDay } from "./format";

type Props = {
  /** The tick resource: PUT ticks it, DELETE unticks it. */
  url: string;
  id: string;
  label: string;
  detail?: string | null;
  tickedAt: string | null;
  children?: React.ReactNode;
};

/**
 * A labelled checkbox that saves at once: the tick shows immediately, and if the server refuses
 * or cannot be reached it is put back and the reason is shown. Clicks are sent in order, and
 * only the latest answer decides what stays on screen.
 */
export function TickItem({ url, id, label, detail, tickedAt: initial, children }: Props) {
  const router = useRouter();
  const [tickedAt, setTickedAt] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(0);
  const confirmed = useRef(initial);

  function toggle(next: boolean) {
    const seq = ++latest.current;
    setTickedAt(next ? new Date().toISOString() : null);
    setError(null);
    queue.current = queue.current.then(async () => {
      try {
        const response = await fetch(url, { method: next ? "PUT" : "DELETE" });
        const body = (await response.json().catch(() => null)) as { tickedAt?: string | null; error?: { message?: string } } | null;
        if (!response.ok) throw new Error(body?.error?.message ?? "That could not be saved. Try again.");
        confirmed.current = body?.tickedAt ?? null;
        if (seq === latest.current) {
          setTickedAt(confirmed.current);
          router.refresh();
        }
      } catch (failure) {
        if (seq !== latest.current) return;
        setTickedAt(confirmed.current);
        setError(failure instanceof TypeError ? "The server could not be reached. Check your connection and try again." : (failure as Error).message);
      }
    });
  }

  const ticked = tickedAt !== null;
  return (
    <li className="flex gap-3 py-2.5">
      <input
        id={id}
        type="checkbox"
        checked={ticked}
        onChange={(event) => toggle(event.target.checked)}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-0.5 h-4 w-4 shrink-0 cursor-pointer rounded border-slate-300 accent-indigo-600"
      />
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className={`cursor-pointer text-sm font-medium ${ticked ? "text-slate-500" : "text-slate-900"}`}>
          {label}
        </label>
        {ticked ? <p className="text-xs text-emerald-700">Ticked on {formatDay(tickedAt)}</p> : null}
        {error ? (
          <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-rose-700">
            {error}
          </p>
        ) : null}
        {detail ? (
          <details className="mt-1 text-sm text-slate-600">
            <summary className="cursor-pointer text-xs font-medium text-slate-500 hover:text-indigo-700">What this means</summary>
            <p className="mt-1">{detail}</p>
          </details>
        ) : null}
        {children}
      </div>
    </li>
  );
}

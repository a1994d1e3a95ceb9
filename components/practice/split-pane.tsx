"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const MIN = 20;
const MAX = 80;
const clamp = (value: number) => Math.min(MAX, Math.max(MIN, value));

/**
 * Two panes side by side with a draggable, keyboard-operable divider (a WAI-ARIA window
 * splitter: arrow keys move it, Home and End go to the limits). The split is remembered per
 * browser under `storageKey`.
 */
export function SplitPane({
  left,
  right,
  storageKey,
  label,
  classNames = {},
}: {
  left: React.ReactNode;
  right: React.ReactNode;
  storageKey: string;
  label: string;
  /** Extra classes for each part (the room hides one pane on a phone with them). */
  classNames?: { left?: string; divider?: string; right?: string };
}) {
  const [percent, setPercent] = useState(50);
  const box = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  useEffect(() => {
    const saved = Number(localStorage.getItem(storageKey));
    if (saved >= MIN && saved <= MAX) setPercent(saved); // eslint-disable-line react-hooks/set-state-in-effect -- a browser-only setting, read after mount
  }, [storageKey]);

  const commit = useCallback(
    (value: number) => {
      const next = clamp(Math.round(value));
      setPercent(next);
      localStorage.setItem(storageKey, String(next));
    },
    [storageKey],
  );

  const onPointerMove = (event: React.PointerEvent) => {
    if (!dragging.current || !box.current) return;
    const rect = box.current.getBoundingClientRect();
    commit(((event.clientX - rect.left) / rect.width) * 100);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const step = event.shiftKey ? 10 : 5;
    const moves: Record<string, number> = { ArrowLeft: percent - step, ArrowRight: percent + step, Home: MIN, End: MAX };
    if (event.key in moves) {
      event.preventDefault();
      commit(moves[event.key]!);
    }
  };

  return (
    <div ref={box} className="flex min-h-0 min-w-0 flex-1" onPointerMove={onPointerMove} onPointerUp={() => (dragging.current = false)}>
      <div className={`flex min-h-0 min-w-0 flex-col ${classNames.left ?? ""}`} style={{ flexBasis: `${percent}%` }}>
        {left}
      </div>
      <div
        role="separator"
        tabIndex={0}
        aria-orientation="vertical"
        aria-label={label}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        aria-valuenow={percent}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          dragging.current = true;
          (event.target as HTMLElement).setPointerCapture(event.pointerId);
        }}
        onPointerUp={(event) => {
          dragging.current = false;
          (event.target as HTMLElement).releasePointerCapture(event.pointerId);
        }}
        className={`group relative w-2 shrink-0 cursor-col-resize touch-none focus-visible:outline-none ${classNames.divider ?? ""}`}
      >
        <span aria-hidden className="absolute inset-y-0 left-1/2 w-px -translate-x-1/2 bg-slate-300 group-hover:w-1 group-hover:bg-indigo-400 group-focus-visible:w-1 group-focus-visible:bg-indigo-600" />
      </div>
      <div className={`flex min-h-0 min-w-0 flex-1 flex-col ${classNames.right ?? ""}`}>{right}</div>
    </div>
  );
}

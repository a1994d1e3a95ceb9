"use client";

import { useEffect, useRef } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { useModalDialog } from "@/components/ui/use-modal-dialog";

export const ROOM_SHORTCUTS = [
  { keys: ["Alt", "Shift", "N"], what: "Next phase" },
  { keys: ["Alt", "Shift", "1 … 5"], what: "Show that phase's notes" },
  { keys: ["?"], what: "This list (outside the notes)" },
] as const;

type Handlers = { onNextPhase: () => void; onShowPhase: (index: number) => void; onHelp: () => void };

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The room's keyboard shortcuts. Alt+Shift combinations work while writing notes (they type
 * nothing there); keys are read by position (`code`), because on a Mac Alt changes the character.
 */
export function useRoomShortcuts({ onNextPhase, onShowPhase, onHelp }: Handlers) {
  const handlers = useRef({ onNextPhase, onShowPhase, onHelp });
  useEffect(() => {
    handlers.current = { onNextPhase, onShowPhase, onHelp };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      if (event.altKey && event.shiftKey) {
        const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
        if (event.code === "KeyN") handlers.current.onNextPhase();
        else if (digit) handlers.current.onShowPhase(Number(digit) - 1);
        else return;
        event.preventDefault();
      } else if (event.key === "?" && !event.altKey && !typingIn(event.target)) {
        event.preventDefault();
        handlers.current.onHelp();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

/** The list of shortcuts, in the platform's modal dialog (Escape closes it, focus comes back). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useModalDialog(open, onClose);
  return (
    <dialog
      {...dialog.props}
      aria-labelledby="shortcuts-title"
      className="w-[min(26rem,calc(100vw-2rem))] rounded-xl p-0 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/40"
    >
      <div className="p-5">
        <h2 id="shortcuts-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <table className="mt-3 w-full text-sm">
          <tbody className="divide-y divide-slate-100">
            {ROOM_SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.what}>
                <td className="py-2 pr-4">
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 ? <span className="px-1 text-slate-400">+</span> : null}
                      <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
                    </span>
                  ))}
                </td>
                <td className="py-2 text-slate-700">{shortcut.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="mt-5 flex justify-end">
          <button type="button" className={buttonStyles.secondary} onClick={dialog.close} autoFocus>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}

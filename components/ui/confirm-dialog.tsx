"use client";

import { buttonStyles } from "./button-styles";
import { useModalDialog } from "./use-modal-dialog";

type Props = {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/**
 * A confirmation in the platform's modal <dialog>: Escape closes it, focus stays inside while it
 * is open, and returns to where it was when it closes.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = "Cancel", busy, onConfirm, onClose }: Props) {
  const dialog = useModalDialog(open, onClose);
  return (
    <dialog
      {...dialog.props}
      aria-labelledby="confirm-dialog-title"
      className="w-[min(28rem,calc(100vw-2rem))] rounded-xl p-0 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/40"
    >
      <div className="p-5">
        <h2 id="confirm-dialog-title" className="text-lg font-semibold">
          {title}
        </h2>
        <div className="mt-2 text-sm text-slate-700">{children}</div>
        <div className="mt-5 flex justify-end gap-2">
          <button type="button" className={buttonStyles.secondary} onClick={dialog.close}>
            {cancelLabel}
          </button>
          <button type="button" className={buttonStyles.primary} onClick={onConfirm} disabled={busy} autoFocus>
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}

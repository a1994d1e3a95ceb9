"use client";

import { useEffect, useRef } from "react";

/**
 * Drives a platform <dialog> from an `open` flag: shown modal (Escape closes it, focus stays
 * inside), and on close the focus returns to where it was. Spread `props` onto the <dialog>.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement as HTMLElement | null;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);
  return {
    close: () => dialog.current?.close(),
    props: {
      ref: dialog,
      onClose: () => {
        onClose();
        returnTo.current?.focus();
      },
    },
  };
}

"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/** Re-renders whenever `doc` changes (local or remote edits); returns a change counter. */
export function useDocVersion(doc: Y.Doc | null): number {
  const version = useRef(0);
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!doc) return () => {};
      const onUpdate = () => {
        version.current++;
        listener();
      };
      doc.on("update", onUpdate);
      return () => doc.off("update", onUpdate);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => version.current, () => 0);
}

"use client";

import { useCallback, useMemo, useState } from "react";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import * as Y from "yjs";
import { Whiteboard } from "@/components/practice/whiteboard";
import { buttonStyles } from "@/components/ui/button-styles";
import { applyLocalElements, getWhiteboardMap, type WhiteboardElement } from "@/lib/whiteboard/scene-sync";

/**
 * The session's final whiteboard, read-only, next to the design phases' key points. Folded until
 * asked for when `folded`, so a page with several loads the board once it is wanted.
 */
export function BoardSnapshot({ elements, folded = false, label }: { elements: WhiteboardElement[]; folded?: boolean; label: string }) {
  const [shown, setShown] = useState(!folded);
  const doc = useMemo(() => {
    const scene = new Y.Doc();
    applyLocalElements(getWhiteboardMap(scene), elements, "snapshot");
    return scene;
  }, [elements]);
  // A snapshot is looked at, not worked on: show the whole drawing, however large it was drawn.
  const fit = useCallback((api: ExcalidrawImperativeAPI) => {
    const whole = () => api.scrollToContent(api.getSceneElements(), { fitToViewport: true, viewportZoomFactor: 0.9 });
    requestAnimationFrame(whole);
    setTimeout(whole, 400); // again once the scene's fonts have loaded and its text is measured
  }, []);
  if (elements.filter((element) => !element.isDeleted).length === 0) return <p className="text-sm text-slate-500">Nothing was drawn on the whiteboard.</p>;
  if (!shown) {
    return (
      <button type="button" className={buttonStyles.secondary} onClick={() => setShown(true)}>
        Show {label.toLowerCase()}
      </button>
    );
  }
  return (
    <section aria-label={label} className="flex h-96 flex-col">
      <Whiteboard doc={doc} readOnly onReady={fit} />
    </section>
  );
}

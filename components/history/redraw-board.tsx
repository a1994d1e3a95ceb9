"use client";

// A finished session's redraw board. "Copy to my board" puts the user's own drawing and the
// problem's reference design side by side on a board of its own, where the user can compare them
// and redraw. It is stored like the session's documents (the "redraw" channel), so it is there
// again on the next visit; the session's own record stays exactly as it was at the finish.
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { useEffect, useMemo, useState } from "react";
import * as Y from "yjs";
import { LazyWhiteboard } from "@/components/practice/lazy-whiteboard";
import { SaveIndicator } from "@/components/practice/save-indicator";
import { useDocVersion } from "@/components/practice/use-doc-version";
import { drawMermaid } from "@/components/questions/reference-diagram";
import { buttonStyles } from "@/components/ui/button-styles";
import { base64ToBytes } from "@/lib/history/replay";
import type { ReplayLog } from "@/lib/history/schemas";
import { RedrawConnection } from "@/lib/sessions/client/redraw-connection";
import { redrawScene } from "@/lib/whiteboard/redraw-scene";
import { applyLocalElements, countDrawn, getWhiteboardMap, readElements, type WhiteboardElement } from "@/lib/whiteboard/scene-sync";

type Copy = { state: "idle" } | { state: "copying" } | { state: "failed"; message: string };

/** The session's final drawing, rebuilt from its update log (the same log the replay reads). */
async function finalDrawing(sessionId: string): Promise<WhiteboardElement[]> {
  const response = await fetch(`/api/history/${sessionId}/updates`);
  const json = await response.json();
  if (!response.ok) throw new Error(json.error?.message ?? "Your drawing could not be loaded.");
  const doc = new Y.Doc();
  for (const update of (json as ReplayLog).updates) Y.applyUpdate(doc, base64ToBytes(update.data));
  return readElements(getWhiteboardMap(doc));
}

/** Both drawings in view at first: they sit side by side, wider than the pane. */
function fitWhole(api: ExcalidrawImperativeAPI) {
  requestAnimationFrame(() => api.scrollToContent(api.getSceneElements(), { fitToViewport: true, viewportZoomFactor: 0.9 }));
}

export function RedrawBoard({ sessionId, diagram }: { sessionId: string; diagram: string }) {
  const [, setTick] = useState(0);
  const [connection] = useState(() => new RedrawConnection(sessionId, () => setTick((tick) => tick + 1)));
  const [copy, setCopy] = useState<Copy>({ state: "idle" });
  const version = useDocVersion(connection.channel.doc);
  const drawn = useMemo(() => (version >= 0 ? countDrawn(readElements(getWhiteboardMap(connection.channel.doc))) : 0), [connection, version]);

  useEffect(() => {
    void connection.start();
    return () => connection.stop();
  }, [connection]);

  async function copyToBoard() {
    setCopy({ state: "copying" });
    try {
      const [own, reference] = await Promise.all([finalDrawing(sessionId), drawMermaid(diagram, { title: "Reference design", freshIds: true })]);
      applyLocalElements(getWhiteboardMap(connection.channel.doc), redrawScene(own, reference), "redraw-copy");
      setCopy({ state: "idle" });
    } catch (error) {
      console.error("[redraw] could not copy the reference design", error);
      setCopy({ state: "failed", message: error instanceof Error && error.message ? error.message : "The reference design could not be copied." });
    }
  }

  const failure = connection.channel.failure;
  if (drawn === 0) {
    return (
      <div className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="redraw-board" data-state="empty">
        <p className="text-slate-700">
          Put your drawing and the reference design side by side on a board of their own, then redraw. Your session stays as you left it.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className={buttonStyles.primary} onClick={() => void copyToBoard()} disabled={!connection.synced || copy.state === "copying"}>
            {copy.state === "copying" ? "Copying…" : "Copy to my board"}
          </button>
          {!connection.synced ? (
            <span role="status" className="text-sm text-slate-600">
              Connecting…
            </span>
          ) : null}
        </div>
        {copy.state === "failed" || failure ? (
          <p role="alert" className="text-sm text-rose-700">
            {copy.state === "failed" ? copy.message : failure}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="space-y-2" data-testid="redraw-board" data-state="drawn" data-elements={drawn}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">Your drawing on the left, the reference design on the right. Edits here are saved; the session itself is not changed.</p>
        <SaveIndicator state={connection.state} message={failure ?? undefined} />
      </div>
      <div className="flex h-[640px] flex-col">
        <LazyWhiteboard doc={connection.channel.doc} readOnly={false} onReady={fitWhole} />
      </div>
    </div>
  );
}

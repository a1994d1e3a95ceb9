"use client";

import { useEffect, useState } from "react";
import { BoardSnapshot } from "@/components/grading/board-snapshot";
import { loadExcalidraw } from "@/components/practice/whiteboard";
import type { WhiteboardElement } from "@/lib/whiteboard/scene-sync";

type State = { status: "drawing" } | { status: "drawn"; elements: WhiteboardElement[] } | { status: "failed" };

/**
 * Mermaid source -> Excalidraw elements, with the converter Excalidraw itself uses for "Mermaid
 * to Excalidraw". `title` adds a heading above the diagram; `freshIds` gives every element a new
 * random id, for copying onto a board that already holds other elements.
 */
export async function drawMermaid(source: string, options: { title?: string; freshIds?: boolean } = {}): Promise<WhiteboardElement[]> {
  // Through the board's own loader, which points Excalidraw at our self-hosted fonts first.
  const [{ parseMermaidToExcalidraw }, excalidraw] = await Promise.all([import("@excalidraw/mermaid-to-excalidraw"), loadExcalidraw()]);
  const { convertToExcalidrawElements } = excalidraw;
  const { elements } = await parseMermaidToExcalidraw(source, { themeVariables: { fontSize: "18px" } });
  const skeleton = [...elements];
  if (options.title) {
    const top = Math.min(...elements.map((element) => element.y ?? 0));
    const left = Math.min(...elements.map((element) => element.x ?? 0));
    skeleton.push({ type: "text", x: left, y: top - 56, text: options.title, fontSize: 28 });
  }
  const convert = () => convertToExcalidrawElements(skeleton, { regenerateIds: options.freshIds ?? false });
  // Text is measured as it is converted, in whatever font the browser has then. Until Excalidraw
  // has loaded its hand-drawn font, that is a narrower fallback, and every label would be cut off
  // when drawn. Excalidraw loads the fonts its elements need before an export (it exports no other
  // way to ask), so: convert, let an export load the fonts, convert again.
  await (excalidraw as unknown as { exportToCanvas: (options: { elements: unknown; appState: object; files: null }) => Promise<unknown> }).exportToCanvas({
    elements: convert(),
    appState: {},
    files: null,
  });
  return convert() as unknown as WhiteboardElement[];
}

/**
 * A reference architecture diagram, written in the problem as a Mermaid flowchart and drawn here
 * as a read-only Excalidraw board, so it looks like what the user drew themselves. The source is
 * there too, to copy or read as text.
 */
export function ReferenceDiagram({ source, label }: { source: string; label: string }) {
  const [state, setState] = useState<State>({ status: "drawing" });
  useEffect(() => {
    let live = true;
    drawMermaid(source).then(
      (elements) => live && setState({ status: "drawn", elements }),
      () => live && setState({ status: "failed" }),
    );
    return () => {
      live = false;
    };
  }, [source]);

  return (
    <figure className="space-y-2" data-testid="reference-diagram" data-state={state.status}>
      {state.status === "drawn" ? (
        <BoardSnapshot elements={state.elements} label={label} />
      ) : (
        <p role="status" className="flex h-24 items-center justify-center rounded-lg bg-slate-50 text-sm text-slate-600 ring-1 ring-slate-200">
          {state.status === "drawing" ? "Drawing the diagram…" : "The diagram could not be drawn here; its source is below."}
        </p>
      )}
      <figcaption>
        <details>
          <summary className="cursor-pointer text-xs font-medium text-slate-600">{label}: Mermaid source</summary>
          <pre className="mt-1 overflow-x-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100" tabIndex={0}>
            {source}
          </pre>
        </details>
      </figcaption>
    </figure>
  );
}

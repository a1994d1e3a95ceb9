"use client";

import dynamic from "next/dynamic";
import { useCallback, useMemo, useRef, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { countDrawn, getWhiteboardMap, readElements } from "@/lib/whiteboard/scene-sync";
import { LazyWhiteboard } from "./lazy-whiteboard";
import { useDocVersion } from "./use-doc-version";
import { useMediaQuery } from "./use-media-query";
import type { WhiteboardProps } from "./whiteboard";
import { WhiteboardFrame } from "./whiteboard-frame";

// Its drawing code (roughjs, perfect-freehand) is fetched only for a board with something on it.
const BoardPreview = dynamic(() => import("./board-preview").then((mod) => mod.BoardPreview), { ssr: false });

/**
 * The room's whiteboard, with its editor loaded when the user goes to use it: they point at the
 * board, touch it, or press its button (which then moves the keyboard focus into the board), or
 * follow someone's view. Until then an empty board shows a placeholder, and a drawn one a still
 * picture of the scene (BoardPreview), kept up to date as others draw. On a phone the board is
 * shown only when the user switches to it, so there the editor loads at once. The editor is the
 * room's biggest script by far: without it the notes are ready sooner.
 */
export function BoardOnDemand(props: WhiteboardProps) {
  const version = useDocVersion(props.doc);
  const elements = useMemo(() => (version >= 0 ? readElements(getWhiteboardMap(props.doc)) : []), [props.doc, version]);
  const drawn = countDrawn(elements);
  const [wanted, setWanted] = useState<"pointer" | "button" | null>(null);
  const chosenPane = !useMediaQuery("(min-width: 1024px)"); // the room's wide breakpoint (lg)
  const host = useRef<HTMLDivElement>(null);
  const { onReady } = props;
  const ready = useCallback<NonNullable<WhiteboardProps["onReady"]>>(
    (api) => {
      onReady?.(api);
      // Asked for by the button (or the keyboard): carry on where the user is, in the board.
      if (wanted === "button") requestAnimationFrame(() => host.current?.querySelector<HTMLElement>(".excalidraw")?.focus());
    },
    [onReady, wanted],
  );
  if (wanted || chosenPane || props.following) {
    return (
      <div ref={host} className="contents">
        <LazyWhiteboard {...props} onReady={ready} />
      </div>
    );
  }

  const want = () => setWanted((already) => already ?? "pointer");
  const open = props.readOnly ? "Open the board" : drawn ? "Edit the board" : "Start drawing";
  return (
    <WhiteboardFrame
      data-testid="whiteboard"
      data-elements={drawn}
      data-state={drawn ? "preview" : "waiting"}
      onPointerEnter={want}
      onTouchStart={want}
      actions={
        <>
          {drawn ? (
            <button type="button" className={buttonStyles.secondary} onClick={() => setWanted("button")}>
              {open}
            </button>
          ) : null}
          {["Export PNG", "Export SVG"].map((label) => (
            <button key={label} type="button" className={buttonStyles.secondary} disabled>
              {label}
            </button>
          ))}
        </>
      }
    >
      {drawn ? (
        <BoardPreview elements={elements} label={`The whiteboard: ${drawn} ${drawn === 1 ? "element" : "elements"}. Point at it or press ${open} to use it.`} />
      ) : (
        <div className="grid h-full place-items-center bg-[radial-gradient(circle,_#e2e8f0_1px,_transparent_1px)] [background-size:20px_20px] p-6 text-center">
          {props.readOnly ? (
            <p className="text-sm text-slate-600">Nothing has been drawn yet.</p>
          ) : (
            <div className="space-y-3">
              <button type="button" className={buttonStyles.primary} onClick={() => setWanted("button")}>
                {open}
              </button>
              <p className="max-w-xs text-sm text-slate-600">Boxes, arrows and text for your design. It opens as you point at it or tap it.</p>
            </div>
          )}
        </div>
      )}
    </WhiteboardFrame>
  );
}

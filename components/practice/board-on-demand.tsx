"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { getWhiteboardMap } from "@/lib/whiteboard/scene-sync";
import { LazyWhiteboard } from "./lazy-whiteboard";
import { useDocVersion } from "./use-doc-version";
import { useMediaQuery } from "./use-media-query";
import type { WhiteboardProps } from "./whiteboard";
import { WhiteboardFrame } from "./whiteboard-frame";

/**
 * The room's whiteboard, loaded when there is something to show or to do on it: at once when the
 * scene holds anything (drawn here, by a partner, or earlier) or the viewer follows someone's
 * view; on an empty board, as soon as the user goes to draw (points at the board, touches it, or
 * presses "Start drawing", which then moves the keyboard focus into the board). On a phone the
 * board is shown only when the user switches to it, so there it loads at once. Until then an
 * empty board costs the page nothing: the editor is the room's biggest script, and the notes are
 * ready sooner without it.
 */
export function BoardOnDemand(props: WhiteboardProps) {
  const version = useDocVersion(props.doc);
  const hasScene = useMemo(() => version >= 0 && getWhiteboardMap(props.doc).size > 0, [props.doc, version]);
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
  if (hasScene || wanted || chosenPane || props.following) {
    return (
      <div ref={host} className="contents">
        <LazyWhiteboard {...props} onReady={ready} />
      </div>
    );
  }

  const want = () => setWanted((already) => already ?? "pointer");
  return (
    <WhiteboardFrame
      data-testid="whiteboard"
      data-elements={0}
      data-state="waiting"
      onPointerEnter={want}
      onTouchStart={want}
      actions={["Export PNG", "Export SVG"].map((label) => (
        <button key={label} type="button" className={buttonStyles.secondary} disabled>
          {label}
        </button>
      ))}
    >
      <div className="grid h-full place-items-center bg-[radial-gradient(circle,_#e2e8f0_1px,_transparent_1px)] [background-size:20px_20px] p-6 text-center">
        {props.readOnly ? (
          <p className="text-sm text-slate-600">Nothing has been drawn yet.</p>
        ) : (
          <div className="space-y-3">
            <button type="button" className={buttonStyles.primary} onClick={() => setWanted("button")}>
              Start drawing
            </button>
            <p className="max-w-xs text-sm text-slate-600">Boxes, arrows and text for your design. It opens as you point at it or tap it.</p>
          </div>
        )}
      </div>
    </WhiteboardFrame>
  );
}

"use client";

// The session whiteboard: Excalidraw bound both ways to the scene map of a Yjs document.
// Local edits -> applyLocalElements (throttled, newer versions only); remote transactions ->
// reconcile with the local scene -> updateScene. Fonts come from /excalidraw-assets/ (see
// scripts/copy-excalidraw-assets.mjs), never from Excalidraw's CDN, and so does its stylesheet.
import type { ExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import type { RemoteExcalidrawElement } from "@excalidraw/excalidraw/data/reconcile";
import type { AppState, BinaryFiles, Collaborator, ExcalidrawImperativeAPI, ExcalidrawInitialDataState, SocketId } from "@excalidraw/excalidraw/types";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Presence } from "@/lib/sessions/client/presence";
import { applyLocalElements, countDrawn, getWhiteboardMap, readElements, type WhiteboardElement } from "@/lib/whiteboard/scene-sync";
import { followedScroll } from "@/lib/whiteboard/follow-view";
import { keepFontsSelfHosted } from "@/lib/whiteboard/self-hosted-fonts";
import { listenToPagehideForUnload } from "@/lib/whiteboard/unload-as-pagehide";
import { EXCALIDRAW_ASSET_PATH } from "@/lib/whiteboard/preview-font";
import { LoadingCanvas, WhiteboardFrame } from "./whiteboard-frame";

export { EXCALIDRAW_ASSET_PATH };
/** Local edits reach Yjs at most this often (one transaction per window, not one per pointer move). */
const PUSH_THROTTLE_MS = 100;
const EXPORT_BACKGROUND = "#ffffff";

type ExcalidrawModule = typeof import("@excalidraw/excalidraw");
// 0.18's declarations re-export these from "@excalidraw/utils/export", which is not published, so
// TypeScript sees `any`; this is the part of their documented signature the board relies on.
type ExportOptions = { elements: readonly ExcalidrawElement[]; appState: Partial<AppState>; files: BinaryFiles | null; exportPadding?: number };
type Exporters = {
  exportToBlob: (options: ExportOptions & { mimeType: string }) => Promise<Blob>;
  exportToSvg: (options: ExportOptions) => Promise<SVGSVGElement>;
};
let excalidrawModule: Promise<ExcalidrawModule> | null = null;
let loadedModule: ExcalidrawModule | null = null;

/** Adds Excalidraw's stylesheet (copied by scripts/copy-excalidraw-assets.mjs) to the page; resolves once it applies. */
function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => {
      console.error(`[whiteboard] ${href} did not load; the board is drawn without its stylesheet`);
      resolve();
    };
    // First in <head>, so the app's own styles still come after it.
    document.head.prepend(link);
  });
}

/** Loads Excalidraw and its stylesheet once, after pointing its asset loader at our own copy of the fonts. */
export function loadExcalidraw(): Promise<ExcalidrawModule> {
  if (!excalidrawModule) {
    (window as Window & { EXCALIDRAW_ASSET_PATH?: string }).EXCALIDRAW_ASSET_PATH = EXCALIDRAW_ASSET_PATH;
    keepFontsSelfHosted();
    listenToPagehideForUnload();
    excalidrawModule = Promise.all([import("@excalidraw/excalidraw"), loadStylesheet(`${EXCALIDRAW_ASSET_PATH}excalidraw.css`)]).then(([mod]) => (loadedModule = mod));
  }
  return excalidrawModule;
}

// Excalidraw 0.18 renders some icon-only buttons without a name; screen readers then announce
// just "button". They are named here, whenever Excalidraw (re)creates them.
const UNNAMED_CONTROLS: [selector: string, name: string][] = [[".main-menu-trigger", "Whiteboard menu"]];

function useLabelExcalidrawControls(host: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const label = () => {
      for (const [selector, name] of UNNAMED_CONTROLS) {
        for (const control of element.querySelectorAll<HTMLElement>(`${selector}:not([aria-label])`)) control.setAttribute("aria-label", name);
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [host]);
}

const Excalidraw = dynamic(() => loadExcalidraw().then((mod) => mod.Excalidraw), { ssr: false, loading: LoadingCanvas });

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type WhiteboardProps = {
  doc: Y.Doc;
  readOnly: boolean;
  /** Peer rooms: everyone's pointer by name, and this person's view for those who follow it. */
  presence?: Presence | null;
  /** The user whose view of the board this one follows, if any. */
  following?: string | null;
  /** Called once Excalidraw is ready, with its imperative API. */
  onReady?: (api: ExcalidrawImperativeAPI) => void;
};

export function Whiteboard(props: WhiteboardProps) {
  // A different document is a different board: start from a fresh canvas rather than merge scenes.
  return <WhiteboardCanvas key={props.doc.guid} {...props} />;
}

function WhiteboardCanvas({ doc, readOnly, onReady, presence = null, following = null }: WhiteboardProps) {
  const ymap = useMemo(() => getWhiteboardMap(doc), [doc]);
  // Tags our own transactions so the observer can tell them from remote ones (per instance).
  const localOrigin = useMemo(() => ({ source: "whiteboard" }), []);
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const [exporting, setExporting] = useState<"png" | "svg" | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const lastPushedHash = useRef<number | null>(null);
  const pushTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const readOnlyRef = useRef(readOnly);
  const canvasHost = useRef<HTMLDivElement>(null);
  useLabelExcalidrawControls(canvasHost);

  useEffect(() => {
    readOnlyRef.current = readOnly;
  }, [readOnly]);

  // The scene as of the last onChange, waiting for the throttle window to close.
  const pending = useRef<readonly ExcalidrawElement[] | null>(null);

  const pushNow = useCallback(() => {
    if (pushTimer.current) clearTimeout(pushTimer.current);
    pushTimer.current = null;
    const elements = pending.current;
    pending.current = null;
    if (elements) applyLocalElements(ymap, elements as unknown as readonly WhiteboardElement[], localOrigin);
  }, [ymap, localOrigin]);

  const handleChange = useCallback(
    (elements: readonly ExcalidrawElement[]) => {
      if (readOnlyRef.current || !loadedModule) return;
      // onChange also fires for selection, scrolling and pointer moves: skip unless an element changed.
      const hash = loadedModule.hashElementsVersion(elements);
      if (hash === lastPushedHash.current) return;
      lastPushedHash.current = hash;
      pending.current = elements;
      pushTimer.current ??= setTimeout(pushNow, PUSH_THROTTLE_MS);
    },
    [pushNow],
  );

  // Remote -> Excalidraw: merge the map into the local scene the way Excalidraw's own collaboration
  // does (newer version wins, the element being edited is kept), without entering the undo stack.
  useEffect(() => {
    const lib = loadedModule;
    if (!api || !lib) return;
    const pull = () => {
      const remote = lib.restoreElements(readElements(ymap) as unknown as ExcalidrawElement[], null) as RemoteExcalidrawElement[];
      const elements = lib.reconcileElements(api.getSceneElementsIncludingDeleted(), remote, api.getAppState());
      api.updateScene({ elements, captureUpdate: lib.CaptureUpdateAction.NEVER });
    };
    const observer = (event: Y.YMapEvent<WhiteboardElement>) => {
      if (event.transaction.origin !== localOrigin) pull();
    };
    pull(); // catches anything that arrived between the first render and the API being ready
    ymap.observe(observer);
    return () => ymap.unobserve(observer);
  }, [api, ymap, localOrigin]);

  // Presence -> Excalidraw: everyone's pointer by name, and the followed person's view.
  useEffect(() => {
    if (!api || !presence) return;
    let frame = 0;
    const render = () => {
      frame = 0;
      const collaborators = new Map<SocketId, Collaborator>();
      for (const { clientId, userId, state } of presence.remoteStates()) {
        if (!state.user) continue;
        collaborators.set(String(clientId) as SocketId, {
          id: userId,
          username: state.user.name,
          color: { background: state.user.colorLight, stroke: state.user.color },
          pointer: state.pointer,
          button: state.button,
          userState: state.idle ? ("idle" as Collaborator["userState"]) : ("active" as Collaborator["userState"]),
        });
        if (following === userId && state.view) {
          const mine = api.getAppState();
          api.updateScene({ appState: { ...followedScroll(state.view, { width: mine.width, height: mine.height }), zoom: { value: state.view.zoom as never } } });
        }
      }
      api.updateScene({ collaborators });
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(render);
    };
    schedule();
    const unsubscribe = presence.subscribe(schedule);
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [api, presence, following]);

  const handlePointer = useCallback(
    (payload: { pointer: { x: number; y: number; tool: "pointer" | "laser" }; button: "down" | "up" }) => {
      presence?.setField("pointer", { x: payload.pointer.x, y: payload.pointer.y, tool: payload.pointer.tool });
      presence?.setField("button", payload.button);
    },
    [presence],
  );

  const handleScroll = useCallback(
    (scrollX: number, scrollY: number, zoom: { value: number }) => {
      if (!presence || !api) return;
      const { width, height } = api.getAppState();
      presence.setField("view", { scrollX, scrollY, zoom: zoom.value, width, height });
    },
    [presence, api],
  );

  // How many elements the shared scene shows, as an attribute (tests and assistive summaries read it).
  const [drawn, setDrawn] = useState(() => countDrawn(readElements(ymap)));
  useEffect(() => {
    const count = () => setDrawn(countDrawn(readElements(ymap)));
    ymap.observe(count);
    return () => ymap.unobserve(count);
  }, [ymap]);

  // Flush the last throttled edit when the board goes away (it holds the elements, not the API).
  useEffect(() => pushNow, [pushNow]);

  const initialData = useCallback(
    (): ExcalidrawInitialDataState => ({
      elements: readElements(ymap) as unknown as ExcalidrawElement[],
      appState: { viewBackgroundColor: EXPORT_BACKGROUND },
      scrollToContent: true,
    }),
    [ymap],
  );

  const handleApi = useCallback(
    (instance: ExcalidrawImperativeAPI) => {
      setApi(instance);
      onReady?.(instance);
    },
    [onReady],
  );

  const exportScene = async (kind: "png" | "svg") => {
    if (!api || !loadedModule) return;
    const { exportToBlob, exportToSvg } = loadedModule as unknown as Exporters;
    setExporting(kind);
    setExportError(null);
    try {
      const options: ExportOptions = {
        elements: api.getSceneElements(),
        appState: { exportBackground: true, viewBackgroundColor: EXPORT_BACKGROUND, exportWithDarkMode: false },
        files: api.getFiles(),
        exportPadding: 16,
      };
      if (kind === "png") {
        download(await exportToBlob({ ...options, mimeType: "image/png" }), "whiteboard.png");
      } else {
        const svg = await exportToSvg(options);
        download(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }), "whiteboard.svg");
      }
    } catch (error) {
      console.error("[whiteboard] export failed", error);
      setExportError(`Could not export the drawing as ${kind.toUpperCase()}.`);
    } finally {
      setExporting(null);
    }
  };

  const actions = (
    <>
      {exportError ? (
        <p role="alert" className="mr-auto text-sm text-red-700">
          {exportError}
        </p>
      ) : null}
      <button type="button" className={buttonStyles.secondary} disabled={!api || exporting !== null} onClick={() => void exportScene("png")}>
        {exporting === "png" ? "Exporting…" : "Export PNG"}
      </button>
      <button type="button" className={buttonStyles.secondary} disabled={!api || exporting !== null} onClick={() => void exportScene("svg")}>
        {exporting === "svg" ? "Exporting…" : "Export SVG"}
      </button>
    </>
  );

  return (
    <WhiteboardFrame data-testid="whiteboard" data-elements={drawn} actions={actions} canvasRef={canvasHost}>
      <Excalidraw
        excalidrawAPI={handleApi}
        initialData={initialData}
        onChange={handleChange}
        onPointerUpdate={presence ? handlePointer : undefined}
        onScrollChange={presence ? handleScroll : undefined}
        isCollaborating={Boolean(presence)}
        viewModeEnabled={readOnly}
        theme="light"
        UIOptions={{
          tools: { image: false }, // no file storage yet
          canvasActions: { loadScene: false, saveToActiveFile: false, export: false },
        }}
      />
    </WhiteboardFrame>
  );
}

"use client";

import type { CallState } from "@/lib/sessions/client/call";
import { StreamVideo } from "./call-media";
import { initialsOf, linkMessage } from "./use-call";

export type CallDock = "side" | "top";

type Props = {
  state: CallState;
  nameOf: (userId: string) => string;
  viewerName: string;
  dock: CallDock;
  onDock: (dock: CallDock) => void;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  /** The side panel is hidden, so the tiles cannot move there. */
  sideAvailable: boolean;
};

type Tile = { key: string; name: string; self: boolean; stream: MediaStream | null; audio: boolean; video: boolean; link: CallState["peers"][number]["link"] | null };

/**
 * Everyone in the call as a small tile: their video, or their initials with the camera off; a
 * green ring while they speak, and their microphone state. The tiles sit in the side panel or in
 * a bar above the workspace (never over the notes or the board), and fold to a list of names.
 */
export function CallTiles({ state, nameOf, viewerName, dock, onDock, collapsed, onCollapse, sideAvailable }: Props) {
  const tiles: Tile[] = [
    { key: "self", name: viewerName, self: true, stream: state.localStream, audio: state.media.audio, video: state.media.video, link: null },
    ...state.peers.map((peer) => ({ key: peer.connId, name: nameOf(peer.userId), self: false, stream: peer.stream, audio: peer.media.audio, video: peer.media.video, link: peer.link })),
  ];
  const troubles = tiles.flatMap((tile) => (tile.link ? [{ key: tile.key, link: tile.link, text: linkMessage(tile.link, tile.name) }] : [])).filter((item) => item.text);
  const row = dock === "top";

  return (
    <div className="space-y-2" data-testid="call-tiles" data-dock={dock}>
      <div className="flex flex-wrap items-center gap-1">
        <span className="mr-auto text-xs font-medium text-slate-600">
          {tiles.length} in the call
        </span>
        <button type="button" className="rounded-md px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" aria-expanded={!collapsed} onClick={() => onCollapse(!collapsed)}>
          {collapsed ? "Show video" : "Hide video"}
        </button>
        {sideAvailable || dock === "side" ? (
          <button type="button" className="rounded-md px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" onClick={() => onDock(dock === "side" ? "top" : "side")}>
            {dock === "side" ? "Move to the top bar" : "Move to the side panel"}
          </button>
        ) : null}
      </div>
      <ul className={row ? "flex gap-2 overflow-x-auto" : "grid grid-cols-2 gap-2"} aria-label="People in the call">
        {tiles.map((tile) => {
          const speaking = state.speaking.has(tile.key);
          const showVideo = !collapsed && tile.video && Boolean(tile.stream?.getVideoTracks().length);
          return (
            <li
              key={tile.key}
              data-testid="call-tile"
              data-name={tile.name}
              data-self={tile.self || undefined}
              data-link={tile.link ?? "self"}
              data-muted={!tile.audio || undefined}
              data-speaking={speaking || undefined}
              className={`relative overflow-hidden rounded-lg bg-slate-800 ring-2 ${speaking ? "ring-emerald-400" : "ring-transparent"} ${collapsed ? "flex items-center gap-2 px-2 py-1" : "aspect-video"} ${row ? "w-36 shrink-0" : ""}`}
            >
              {showVideo && tile.stream ? (
                <StreamVideo stream={tile.stream} mirrored={tile.self} label={`${tile.name}'s video`} />
              ) : (
                <span aria-hidden className={`grid place-items-center font-semibold text-white ${collapsed ? "h-6 w-6 rounded-full bg-slate-600 text-[10px]" : "h-full w-full text-lg"}`}>
                  {initialsOf(tile.name)}
                </span>
              )}
              <span className={`${collapsed ? "" : "absolute inset-x-0 bottom-0 bg-slate-900/70 px-1.5 py-0.5"} flex items-center gap-1 text-[11px] text-white`}>
                <span className="min-w-0 flex-1 truncate">
                  {tile.name}
                  {tile.self ? " (you)" : ""}
                </span>
                {speaking ? <span className="sr-only">speaking</span> : null}
                {!tile.audio ? (
                  <span className="rounded bg-rose-600 px-1 font-semibold" data-testid="call-muted">
                    Muted
                  </span>
                ) : null}
                {!tile.video && !collapsed ? <span className="text-slate-300">camera off</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
      <div role="status" className="space-y-1 text-xs">
        {troubles.map((item) => (
          <p key={item.key} className={item.link === "failed" ? "font-medium text-rose-700" : "text-slate-600"} data-testid="call-link-status">
            {item.text}
          </p>
        ))}
      </div>
    </div>
  );
}

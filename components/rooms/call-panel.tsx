"use client";

import { useId, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import type { CallChannel, DeviceKind } from "@/lib/sessions/client/call";
import { canChooseSpeaker, StreamAudio } from "./call-media";
import { CallTiles, type CallDock } from "./call-tiles";
import { useCall } from "./use-call";

export type CallLayout = {
  dock: CallDock;
  setDock: (dock: CallDock) => void;
  collapsed: boolean;
  setCollapsed: (collapsed: boolean) => void;
};

type Props = {
  call: CallChannel;
  nameOf: (userId: string) => string;
  viewerName: string;
  layout: CallLayout;
  /** Whether the tiles show here (the side panel) or in the bar above the workspace. */
  tilesHere: boolean;
};

const small = "rounded-md px-2.5 py-1 text-xs font-semibold ring-1 ring-inset";

/** Joining the room's call, its controls and devices; the tiles too while they are docked here. */
export function CallPanel({ call, nameOf, viewerName, layout, tilesHere }: Props) {
  const id = useId();
  const state = useCall(call);
  const [withCamera, setWithCamera] = useState(false);
  const joined = state.status === "joined";

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2" data-testid="call-panel" data-status={state.status}>
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-800">
        Voice and video call
      </h2>
      {state.status === "idle" ? (
        <>
          <p className="text-xs text-slate-600">
            Talk with everyone in the room here. When you join, your browser asks to use your microphone{withCamera ? " and camera" : ""}: choose
            Allow. Sound and video go straight between your browsers; nothing is recorded or stored.
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <label className="flex items-center gap-1.5 text-xs text-slate-700">
              <input type="checkbox" checked={withCamera} onChange={(event) => setWithCamera(event.target.checked)} className="h-4 w-4 rounded border-slate-300 text-indigo-600" />
              Turn on my camera
            </label>
            <button type="button" className={`${buttonStyles.primary} px-3 py-1.5`} onClick={() => void call.join({ video: withCamera })}>
              Join call
            </button>
          </div>
        </>
      ) : null}
      {state.status === "starting" ? (
        <p role="status" className="text-xs text-slate-600">
          <span aria-hidden className="mr-1.5 inline-block h-2 w-2 animate-pulse rounded-full bg-indigo-500" />
          Connecting… If your browser asks, allow the microphone{withCamera ? " and camera" : ""}.
        </p>
      ) : null}
      {state.error ? (
        <p role="alert" className="text-xs font-medium text-rose-700" data-testid="call-error">
          {state.error}
        </p>
      ) : null}
      {joined ? (
        <>
          <div className="flex flex-wrap gap-1.5" role="group" aria-label="Call controls">
            <button
              type="button"
              aria-pressed={!state.media.audio}
              className={`${small} ${state.media.audio ? "bg-white text-slate-800 ring-slate-300 hover:bg-slate-50" : "bg-rose-600 text-white ring-rose-600"}`}
              onClick={() => call.setMuted(state.media.audio)}
            >
              {state.media.audio ? "Mute" : "Unmute"}
            </button>
            <button type="button" className={`${small} bg-white text-slate-800 ring-slate-300 hover:bg-slate-50`} onClick={() => void call.setCamera(!state.media.video)}>
              {state.media.video ? "Turn camera off" : "Turn camera on"}
            </button>
            <button type="button" className={`${small} bg-rose-50 text-rose-800 ring-rose-200 hover:bg-rose-100`} onClick={() => void call.leave()}>
              Leave call
            </button>
          </div>
          {state.warning ? (
            <p role="alert" className="text-xs text-amber-800">
              {state.warning}
            </p>
          ) : null}
          <Devices call={call} />
          {tilesHere ? (
            <CallTiles
              state={state}
              nameOf={nameOf}
              viewerName={viewerName}
              dock={layout.dock}
              onDock={layout.setDock}
              collapsed={layout.collapsed}
              onCollapse={layout.setCollapsed}
              sideAvailable
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

const DEVICE_LABEL: Record<DeviceKind, string> = { audioinput: "Microphone", videoinput: "Camera", audiooutput: "Speaker" };

function Devices({ call }: { call: CallChannel }) {
  const id = useId();
  const { devices, chosen } = useCall(call);
  const kinds = (["audioinput", "videoinput", "audiooutput"] as const).filter((kind) => devices[kind].length > 0 && (kind !== "audiooutput" || canChooseSpeaker()));
  if (!kinds.length) return null;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer font-medium text-slate-700">Devices</summary>
      <div className="mt-1 space-y-1.5">
        {kinds.map((kind) => (
          <div key={kind}>
            <label htmlFor={`${id}-${kind}`} className="block font-medium text-slate-700">
              {DEVICE_LABEL[kind]}
            </label>
            <select
              id={`${id}-${kind}`}
              value={chosen[kind] ?? ""}
              onChange={(event) => void call.useDevice(kind, event.target.value)}
              className="mt-0.5 block w-full rounded-md border-0 py-1 pl-2 text-xs ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600"
            >
              <option value="" disabled>
                The browser&apos;s default
              </option>
              {devices[kind].map((device) => (
                <option key={device.deviceId} value={device.deviceId}>
                  {device.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </details>
  );
}

/** The tiles in a bar above the workspace, when they are docked there or the side panel is hidden. */
export function CallBar({ call, nameOf, viewerName, layout, sideAvailable }: Omit<Props, "tilesHere"> & { sideAvailable: boolean }) {
  const state = useCall(call);
  if (state.status !== "joined") return null;
  return (
    <div className="border-b border-slate-200 bg-white px-4 py-2" data-testid="call-bar">
      <CallTiles state={state} nameOf={nameOf} viewerName={viewerName} dock="top" onDock={layout.setDock} collapsed={layout.collapsed} onCollapse={layout.setCollapsed} sideAvailable={sideAvailable} />
    </div>
  );
}

/** Everyone's sound, whatever the layout shows. */
export function CallAudio({ call }: { call: CallChannel }) {
  const state = useCall(call);
  return (
    <div hidden>
      {state.peers.map((peer) => (
        <StreamAudio key={peer.connId} stream={peer.stream} speakerId={state.chosen.audiooutput} />
      ))}
    </div>
  );
}

"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { LobbyPanel } from "@/components/rooms/lobby-panel";
import { RoundOverBanner } from "@/components/rooms/round-over-banner";
import { WhosHere } from "@/components/rooms/whos-here";
import { InviteLink } from "@/components/rooms/invite-link";
import { MeetingLink } from "@/components/rooms/meeting-link";
import { RoomChat } from "@/components/rooms/room-chat";
import { LazyCallAudio, LazyCallBar, LazyCallPanel } from "@/components/rooms/lazy-call";
import type { CallDock } from "@/components/rooms/call-tiles";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { calculatorInputs, notesTextName } from "@/lib/sessions/document/shape";
import { phaseTitle, type PhaseKey } from "@/lib/questions/phases";
import type { SessionSnapshot } from "@/lib/sessions/schemas";
import { LazyEstimationTools } from "./lazy-estimation-tools";
import { BoardOnDemand } from "./board-on-demand";
import { NotesEditor } from "./notes-editor";
import { PhaseProgress } from "./phase-progress";
import { RoomContext } from "./room-context";
import { RoomHeader } from "./room-header";
import { SplitPane } from "./split-pane";
import { useRoom } from "./use-room";
import { useHydrated } from "./use-hydrated";
import { useMediaQuery } from "./use-media-query";
import { WhenDisplayed } from "./when-displayed";
import { WhiteboardLoading } from "./whiteboard-frame";
import { ShortcutsDialog, useRoomShortcuts } from "./room-shortcuts";
import { useTimeUpSignal } from "./use-time-up-signal";

const DRAWING_PHASES = new Set<PhaseKey>(["high_level", "deep_dive"]);
type Pane = "notes" | "board" | "side" | "interviewer";

type Props = {
  initial: SessionSnapshot;
  /** The question's statement and each phase's prompt, rendered from Markdown on the server. */
  statement: React.ReactNode;
  phasePrompts: Partial<Record<PhaseKey, React.ReactNode>>;
  interviewerPanel?: React.ReactNode;
  soundsOn?: boolean;
};

/**
 * A session's workspace, solo or peer: a slim header with the clock and controls, notes and
 * board side by side under it, the problem and tools in a side panel and, for the interviewer of
 * a peer round, their own panel (which the server renders for them alone and passes in).
 */
export function PracticeRoom({ initial, statement, phasePrompts, interviewerPanel = null, soundsOn = false }: Props) {
  const router = useRouter();
  const room = useRoom(initial);
  const { snapshot, clock, connection } = room;
  const signal = useTimeUpSignal(clock, soundsOn);
  const [selected, setSelected] = useState<PhaseKey | null>(null);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const [boardOpen, setBoardOpen] = useState<boolean | null>(null);
  const [sideOpen, setSideOpen] = useState(true);
  const [pane, setPane] = useState<Pane>("notes");
  // The pane switcher is in the server HTML (the phone layout is CSS); a tap before hydration would be lost.
  const hydrated = useHydrated();
  const [following, setFollowing] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [callDock, setCallDock] = useState<CallDock>("side");
  const [callCollapsed, setCallCollapsed] = useState(false);
  const current = snapshot.plan[clock.phaseIndex]!;
  const shown = snapshot.plan.find((phase) => phase.key === selected) ?? current;
  const peer = snapshot.mode === "peer";
  const lobby = snapshot.status === "lobby";
  const showBoard = boardOpen ?? DRAWING_PHASES.has(shown.key);
  // Wide screens (lg) show the panes side by side; phones one at a time, chosen with a switcher.
  // Which is which is CSS, so the first paint is already the right layout for the screen; panes
  // hidden by it mount their heavy parts only once displayed (WhenDisplayed).
  const onPhone = (shownThere: boolean) => (shownThere ? "flex" : "hidden");
  const onWide = (shownThere: boolean) => (shownThere ? "lg:flex" : "lg:hidden");
  const boardPane = pane === "board";
  const split = showBoard || boardPane;

  // Tell the others which phase's notes this person has open.
  useEffect(() => connection.presence?.setField("phase", shown.key), [connection, shown.key]);

  const finish = useCallback(async () => {
    if (await room.act("finish")) router.push(`/practice/${initial.id}/grade`);
    setConfirmFinish(false);
  }, [room, router, initial.id]);

  // The session ends by itself a grace period after the plan runs out (the driver's tab asks).
  const autoFinished = useRef(false);
  useEffect(() => {
    if (snapshot.status !== "active" || !snapshot.can.finish || autoFinished.current || clock.now < clock.autoFinishAt) return;
    autoFinished.current = true;
    void finish();
  }, [clock.now, clock.autoFinishAt, snapshot.status, snapshot.can.finish, finish]);

  // Everyone in a peer round is led to grading when it finishes, whoever pressed Finish. Only
  // snapshots fresh from the server count: the first one may come from the router's cache.
  const seenActive = useRef(false);
  useEffect(() => {
    if (snapshot === initial || !peer) return;
    if (snapshot.status === "active") seenActive.current = true;
    else if (snapshot.status === "finished" && seenActive.current && snapshot.role !== "observer") {
      seenActive.current = false;
      router.push(`/practice/${initial.id}/grade`);
    }
  }, [snapshot, initial, peer, router]);

  const call = peer ? connection.call : null;
  const participants = snapshot.room?.participants ?? [];
  const callProps = {
    nameOf: (userId: string) => participants.find((person) => person.userId === userId)?.name ?? "Someone",
    viewerName: participants.find((person) => person.userId === snapshot.viewerId)?.name ?? "You",
    layout: { dock: callDock, setDock: setCallDock, collapsed: callCollapsed, setCollapsed: setCallCollapsed },
  };

  const insertIntoNotes = (markdown: string) => {
    const text = connection.shared.doc.getText(notesTextName(shown.key));
    text.insert(text.length, `${text.length ? "\n\n" : ""}${markdown}\n`);
  };

  const estimating = shown.key === "estimate" || (shown.key === "deep_dive" && !snapshot.plan.some((p) => p.key === "estimate"));

  const people =
    peer && snapshot.room ? (
      <WhosHere
        participants={snapshot.room.participants}
        viewerId={snapshot.viewerId}
        presence={connection.presence}
        connected={room.connected}
        following={following}
        onFollow={
          lobby
            ? undefined
            : (userId) => {
                setFollowing(userId);
                if (userId) setBoardOpen(true);
              }
        }
      />
    ) : null;

  const notes = (
    <section aria-label="Notes" className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-3">
      <div className="rounded-lg bg-indigo-50/70 px-3 py-2 ring-1 ring-indigo-100">
        <h2 className="text-sm font-semibold text-indigo-900">{phaseTitle(shown.key)}: what to cover</h2>
        {phasePrompts[shown.key] ?? null}
      </div>
      <NotesEditor
        key={shown.key}
        text={connection.shared.doc.getText(notesTextName(shown.key))}
        awareness={connection.presence?.awareness ?? null}
        readOnly={snapshot.readOnly}
        focusOnMount={!snapshot.readOnly}
        label={`Notes: ${phaseTitle(shown.key)}`}
        hint={snapshot.readOnly && snapshot.role === "observer" ? "The candidate's notes appear here." : "Write in Markdown. Everything is saved as you type."}
      />
    </section>
  );

  const board = (
    <section aria-label="Whiteboard" className="flex min-h-0 flex-1 flex-col p-3">
      <BoardOnDemand doc={connection.shared.doc} readOnly={snapshot.readOnly} presence={connection.presence} following={following} />
    </section>
  );

  useRoomShortcuts({
    onNextPhase: () => {
      if (snapshot.status === "active" && snapshot.can.advance && snapshot.plan[clock.phaseIndex + 1] && room.busy === null) {
        setSelected(null);
        void room.act("advance", { fromPhase: clock.phaseIndex });
      }
    },
    onShowPhase: (index) => {
      const phase = snapshot.plan[index];
      if (phase) setSelected(phase.key === current.key ? null : phase.key);
    },
    onHelp: () => setHelpOpen(true),
  });

  const value = { room, currentPhase: current.key, shownPhase: shown.key };
  return (
    <RoomContext.Provider value={value}>
      <div data-workspace data-testid="practice-room" className="flex h-[calc(100dvh-3.5rem)] flex-col bg-slate-50">
        <RoomHeader
          room={room}
          sound={{ on: signal.sound, toggle: signal.toggleSound, timeUp: signal.timeUp && snapshot.status === "active" }}
          onFinish={() => setConfirmFinish(true)}
          onShortcuts={() => setHelpOpen(true)}
        />
        <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />

        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-slate-200 bg-white px-4 py-2">
          <div role="group" aria-label="Phases" className="flex flex-wrap gap-1">
            {snapshot.plan.map((phase, index) => (
              <button
                key={phase.key}
                type="button"
                aria-pressed={phase.key === shown.key}
                onClick={() => setSelected(phase.key === current.key ? null : phase.key)}
                className={`rounded-md px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${
                  phase.key === shown.key ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"
                }`}
              >
                {index + 1}. {phaseTitle(phase.key)}
                {index === clock.phaseIndex && snapshot.status === "active" ? " (now)" : ""}
              </button>
            ))}
          </div>
          <div className="min-w-48 flex-1">{lobby ? null : <PhaseProgress source={room.clockSource} />}</div>
          <div className="hidden gap-1 lg:flex">
            <button type="button" className="rounded-md px-2 py-1 text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" aria-pressed={sideOpen} onClick={() => setSideOpen(!sideOpen)}>
              {sideOpen ? "Hide problem" : "Show problem"}
            </button>
            <button type="button" className="rounded-md px-2 py-1 text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" aria-pressed={showBoard} onClick={() => setBoardOpen(!showBoard)}>
              {showBoard ? "Hide whiteboard" : "Show whiteboard"}
            </button>
          </div>
        </div>

        <div role="group" aria-label="Show" className="flex flex-wrap gap-1 border-b border-slate-200 bg-white px-4 py-1.5 lg:hidden">
          {(["notes", "board", "side", ...(interviewerPanel ? (["interviewer"] as const) : [])] as Pane[]).map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={pane === name}
              disabled={!hydrated}
              onClick={() => setPane(name)}
              className={`rounded-md px-2.5 py-1 text-xs font-medium ${pane === name ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {{ notes: "Notes", board: "Whiteboard", side: "Problem", interviewer: "Interviewer" }[name]}
            </button>
          ))}
        </div>

        {call ? <LazyCallAudio call={call} /> : null}
        {call ? <CallBarSlot call={call} callProps={callProps} sideOpen={sideOpen} pane={pane} /> : null}

        {signal.timeUp && snapshot.status === "active" && !clock.paused ? (
          <p role="alert" className="bg-rose-50 px-4 py-1.5 text-sm font-medium text-rose-800">
            Time is up for {phaseTitle(current.key).toLowerCase()}. {clock.isLastPhase ? "Wrap up and finish." : "Move on when you reach a stopping point."}
          </p>
        ) : null}
        {room.actionError ? (
          <p role="alert" className="bg-rose-50 px-4 py-1.5 text-sm text-rose-800">
            {room.actionError}
          </p>
        ) : null}
        {room.notice ? <p className="bg-amber-50 px-4 py-1 text-xs text-amber-900">{room.notice}</p> : null}
        {snapshot.status === "finished" || snapshot.status === "abandoned" ? (
          peer ? (
            <RoundOverBanner snapshot={snapshot} />
          ) : (
            <p className="bg-slate-100 px-4 py-2 text-sm text-slate-700" data-testid="finished-banner">
              This session is {snapshot.status}. Its notes and drawing are read-only.{" "}
              <Link href={snapshot.status === "finished" ? `/practice/${initial.id}/grade` : "/practice"} className="font-semibold text-indigo-700 hover:underline">
                {snapshot.status === "finished" ? "Grade this session" : "Back to your sessions"}
              </Link>
            </p>
          )
        ) : null}

        <div className="flex min-h-0 flex-1">
          {sideOpen || pane === "side" ? (
            <aside
              aria-label="Problem and tools"
              className={`${onPhone(pane === "side")} ${onWide(sideOpen)} min-h-0 w-full shrink-0 flex-col gap-4 overflow-y-auto border-r border-slate-200 bg-white p-4 lg:w-80`}
            >
              {peer && !lobby ? people : null}
              {peer && !lobby && snapshot.room?.invitePath ? <InviteLink path={snapshot.room.invitePath} busy={room.busy === "invite"} onRegenerate={() => void room.act("invite")} /> : null}
              {call ? (
                <WhenDisplayed>
                  <CallPanelSlot call={call} callProps={callProps} sideOpen={sideOpen} pane={pane} />
                </WhenDisplayed>
              ) : null}
              {peer ? <MeetingLink snapshot={snapshot} onSave={(url) => room.updateSetting("meeting-link", { url })} /> : null}
              {peer && connection.chat ? (
                <WhenDisplayed>
                  <RoomChat chat={connection.chat} snapshot={snapshot} onAllowObservers={(allowed) => room.updateSetting("observer-chat", { allowed })} />
                </WhenDisplayed>
              ) : null}
              <details open>
                <summary className="cursor-pointer text-sm font-semibold text-slate-800">The problem</summary>
                {statement}
              </details>
              {estimating && !snapshot.readOnly ? (
                <WhenDisplayed>
                  <LazyEstimationTools onInsert={insertIntoNotes} disabled={snapshot.readOnly} stored={calculatorInputs(connection.shared.doc)} />
                </WhenDisplayed>
              ) : null}
            </aside>
          ) : null}

          <div className={`${onPhone(pane === "notes" || boardPane)} lg:flex min-h-0 min-w-0 flex-1`}>
            {lobby ? (
              <LobbyPanel snapshot={snapshot} people={people} room={room} />
            ) : split ? (
              <SplitPane
                storageKey="sdp:split"
                label="Resize notes and whiteboard"
                left={notes}
                right={
                  <WhenDisplayed className="flex min-h-0 min-w-0 flex-1 flex-col" fallback={<WhiteboardLoading />}>
                    {board}
                  </WhenDisplayed>
                }
                classNames={{
                  left: `${onPhone(!boardPane)} grow lg:flex ${showBoard ? "lg:grow-0" : ""}`,
                  divider: `hidden ${showBoard ? "lg:block" : ""}`,
                  right: `${onPhone(boardPane)} ${onWide(showBoard)}`,
                }}
              />
            ) : (
              notes
            )}
          </div>

          {interviewerPanel ? (
            <aside aria-label="Interviewer" className={`${onPhone(pane === "interviewer")} lg:flex min-h-0 w-full shrink-0 flex-col border-l border-slate-200 bg-white lg:w-96`}>
              {interviewerPanel}
            </aside>
          ) : null}
        </div>

        <ConfirmDialog
          open={confirmFinish}
          title={peer ? "Finish the interview?" : "Finish this session?"}
          confirmLabel={room.busy === "finish" ? "Finishing…" : "Yes, finish"}
          cancelLabel="Keep going"
          busy={room.busy === "finish"}
          onConfirm={() => void finish()}
          onClose={() => setConfirmFinish(false)}
        >
          {peer ? "The notes and board become read-only for everyone, and you both move on to grading." : "Your notes and drawing become read-only. Unsaved edits are sent first."}
        </ConfirmDialog>
      </div>
    </RoomContext.Provider>
  );
}

type CallSlotProps = {
  call: NonNullable<ReturnType<typeof useRoom>["connection"]["call"]>;
  callProps: Omit<React.ComponentProps<typeof LazyCallBar>, "call" | "sideAvailable">;
  sideOpen: boolean;
  pane: Pane;
};

/** Whether the side panel is on screen, for the call's tiles (peer rounds only: the rest of the layout is CSS). */
function useSideShown(sideOpen: boolean, pane: Pane): boolean {
  const wide = useMediaQuery("(min-width: 1024px)");
  return wide ? sideOpen : pane === "side";
}

/** The call's bar above the panes, when its tiles are not docked in a side panel on screen. */
function CallBarSlot({ call, callProps, sideOpen, pane }: CallSlotProps) {
  const sideShown = useSideShown(sideOpen, pane);
  return sideShown && callProps.layout.dock === "side" ? null : <LazyCallBar call={call} {...callProps} sideAvailable={sideShown} />;
}

/** The call's controls in the side panel, with its tiles when they are docked there. */
function CallPanelSlot({ call, callProps, sideOpen, pane }: CallSlotProps) {
  const sideShown = useSideShown(sideOpen, pane);
  return <LazyCallPanel call={call} {...callProps} tilesHere={sideShown && callProps.layout.dock === "side"} />;
}

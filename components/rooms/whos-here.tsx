"use client";

import { useSyncExternalStore } from "react";
import { colorFor, type Presence, type PresenceStatus } from "@/lib/sessions/client/presence";
import type { ParticipantView } from "@/lib/sessions/schemas";

const ROLE = { interviewer: "Interviewer", candidate: "Candidate", observer: "Observer" } as const;
const STATUS: Record<PresenceStatus, { label: string; dot: string }> = {
  online: { label: "online", dot: "bg-emerald-500" },
  idle: { label: "idle", dot: "bg-amber-400" },
  reconnecting: { label: "reconnecting", dot: "bg-sky-400 animate-pulse" },
  offline: { label: "offline", dot: "bg-slate-300" },
};

const noSubscription = () => () => {};

type Props = {
  participants: ParticipantView[];
  viewerId: string;
  presence: Presence | null;
  connected: boolean;
  following: string | null;
  onFollow?: (userId: string | null) => void;
};

/** Everyone in the round with their role and whether they are here now. */
export function WhosHere({ participants, viewerId, presence, connected, following, onFollow }: Props) {
  useSyncExternalStore(presence?.subscribe ?? noSubscription, presence?.getVersion ?? (() => 0), () => 0);
  return (
    <section aria-labelledby="whos-here" data-testid="whos-here">
      <h2 id="whos-here" className="mb-2 text-sm font-semibold text-slate-800">
        Who&apos;s here
      </h2>
      <ul className="space-y-1.5">
        {participants.map((person) => {
          const status = presence ? presence.statusOf(person.userId, connected) : person.userId === viewerId ? "online" : "offline";
          const look = STATUS[status];
          const self = person.userId === viewerId;
          return (
            <li key={person.userId} className="flex items-center gap-2 text-sm" data-testid="participant" data-status={status} data-role={person.role}>
              <span aria-hidden className="grid h-7 w-7 shrink-0 place-items-center rounded-full text-xs font-semibold text-white" style={{ backgroundColor: colorFor(person.userId).color }}>
                {person.name.trim().slice(0, 1).toUpperCase() || "?"}
              </span>
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium text-slate-900">
                  {person.name}
                  {self ? " (you)" : ""}
                </span>
                <span className="flex items-center gap-1.5 text-xs text-slate-500">
                  {ROLE[person.role]} ·
                  <span aria-hidden className={`h-2 w-2 rounded-full ${look.dot}`} />
                  {look.label}
                </span>
              </span>
              {!self && onFollow && status !== "offline" ? (
                <button
                  type="button"
                  aria-pressed={following === person.userId}
                  className={`rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset ${following === person.userId ? "bg-indigo-600 text-white ring-indigo-600" : "text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
                  onClick={() => onFollow(following === person.userId ? null : person.userId)}
                >
                  {following === person.userId ? "Following" : "Follow"}
                  <span className="sr-only"> {person.name}&apos;s view of the whiteboard</span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

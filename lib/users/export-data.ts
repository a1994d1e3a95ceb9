import { asc, eq } from "drizzle-orm";
import { strToU8, zipSync, type Zippable } from "fflate";
import type { Db } from "@/db/client";
import { checklistTicks, practiceSessions, roadmapTicks, sessionParticipants, userSettings, users } from "@/db/schema";
import { exportFilename, renderSessionMarkdown } from "@/lib/history/export-markdown";
import { getSessionReview, type SessionReview } from "@/lib/history/get-session-review";
import { loadSessionDocument } from "@/lib/history/load-session-document";
import { getRoadmapSelection } from "@/lib/readiness/roadmap";
import { notFound } from "@/lib/http/errors";
import { getWhiteboardMap, readElements, type WhiteboardElement } from "@/lib/whiteboard/scene-sync";

export const EXPORT_FORMAT = "design-drills-export/1";

type ExportedSession = SessionReview & { board: { elements: WhiteboardElement[] } };

export type AccountExport = {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  account: { name: string; email: string; createdAt: string; settings: { targetLevel: string | null; sounds: boolean; defaultPlan: unknown } };
  sessions: ExportedSession[];
  readiness: {
    checklistTicks: { checklist: string; item: string; tickedAt: string }[];
    roadmap: { key: string; startDate: string; ticks: { item: string; tickedAt: string }[] } | null;
  };
};

/**
 * Everything the user has here, as they may see it: each session's review (the same view as the
 * history page, so a partner's blind grade or another interviewer's private notes never leak),
 * its board, and the readiness ticks and roadmap.
 */
export async function collectAccountExport(db: Db, userId: string, now = new Date()): Promise<AccountExport> {
  const [account] = await db
    .select({ name: users.name, email: users.email, createdAt: users.createdAt, targetLevel: userSettings.targetLevel, sounds: userSettings.sounds, defaultPlan: userSettings.defaultPlan })
    .from(users)
    .leftJoin(userSettings, eq(userSettings.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!account) throw notFound("That account");
  const sessionRows = await db
    .select({ id: practiceSessions.id })
    .from(sessionParticipants)
    .innerJoin(practiceSessions, eq(practiceSessions.id, sessionParticipants.sessionId))
    .where(eq(sessionParticipants.userId, userId))
    .orderBy(asc(practiceSessions.startedAt));
  // One at a time: an account may hold hundreds of sessions, and each rebuilds its document.
  const sessions: ExportedSession[] = [];
  for (const { id } of sessionRows) {
    const review = await getSessionReview(db, id, userId, now.getTime());
    const doc = await loadSessionDocument(db, id);
    try {
      sessions.push({ ...review, board: { elements: readElements(getWhiteboardMap(doc)) } });
    } finally {
      doc.destroy();
    }
  }
  const [ticks, roadmap, roadmapTickRows] = await Promise.all([
    db.select().from(checklistTicks).where(eq(checklistTicks.userId, userId)).orderBy(asc(checklistTicks.tickedAt)),
    getRoadmapSelection(db, userId),
    db.select().from(roadmapTicks).where(eq(roadmapTicks.userId, userId)).orderBy(asc(roadmapTicks.tickedAt)),
  ]);
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    account: {
      name: account.name,
      email: account.email,
      createdAt: account.createdAt.toISOString(),
      settings: { targetLevel: account.targetLevel ?? null, sounds: account.sounds ?? false, defaultPlan: account.defaultPlan ?? null },
    },
    sessions,
    readiness: {
      checklistTicks: ticks.map((tick) => ({ checklist: tick.checklistKey, item: tick.itemKey, tickedAt: tick.tickedAt.toISOString() })),
      roadmap: roadmap
        ? {
            key: roadmap.roadmapKey,
            startDate: roadmap.startDate,
            ticks: roadmapTickRows.filter((tick) => tick.roadmapKey === roadmap.roadmapKey).map((tick) => ({ item: tick.itemKey, tickedAt: tick.tickedAt.toISOString() })),
          }
        : null,
    },
  };
}

/** The zip a user downloads: data.json with everything, and each session as Markdown. */
export function zipAccountExport(data: AccountExport): Uint8Array {
  const files: Zippable = {
    "data.json": strToU8(JSON.stringify(data, null, 2)),
    "README.txt": strToU8(
      "Your Design Drills data.\n\ndata.json holds everything: your account, every session with its notes per phase, board elements, grades and timings, and your readiness ticks and roadmap.\nsessions/ holds each session as a Markdown file, the same as its Export button.\n",
    ),
  };
  const used = new Set<string>();
  for (const session of data.sessions) {
    const base = exportFilename(session).replace(/\.md$/, "");
    let name = `${base}.md`;
    // Two sessions of one question on one day: tell them apart by their id.
    if (used.has(name)) name = `${base}-${session.id.slice(0, 8)}.md`;
    used.add(name);
    files[`sessions/${name}`] = strToU8(renderSessionMarkdown(session));
  }
  return zipSync(files, { level: 6, mtime: new Date(data.exportedAt) });
}

export const exportZipFilename = (now: Date) => `design-drills-data-${now.toISOString().slice(0, 10)}.zip`;

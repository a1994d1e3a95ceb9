// The Markdown export of a reviewed session. Pure: takes the review, returns text.
import { PHASES } from "@/lib/questions/phases";
import { formatDuration } from "@/lib/sessions/clock";
import { phaseTitle } from "@/lib/sessions/plan";
import { formatLength, formatOffset, formatScore, formatWhen, isoDay, signalLabel } from "./format";
import type { GradeView, SessionReview } from "./get-session-review";

/** A table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\r?\n+/g, " ").replace(/\|/g, "\\|").trim();

const STATUS_LABELS = { lobby: "waiting to start", active: "in progress", finished: "finished", abandoned: "abandoned" } as const;

function gradeCell(grade: GradeView | null, key: string, labels: Map<number, string>): string {
  const level = grade?.levels[key];
  if (level === undefined) return "–";
  const label = labels.get(level);
  return label ? `${level} (${label})` : String(level);
}

function gradesSection(review: SessionReview): string[] {
  const { self, peer } = review.grades;
  if (!self && !peer) return ["## Grades", "", "Not graded yet.", ""];
  const lines = [`## Grades${review.rubric ? ` (${review.rubric.title}, version ${self?.rubricVersion ?? peer?.rubricVersion})` : ""}`, ""];
  const labels = new Map((review.rubric?.levels ?? []).map((level) => [level.score, level.label]));
  const keys = [...new Set([...(review.rubric?.dimensions.map((d) => d.key) ?? []), ...Object.keys(self?.levels ?? {}), ...Object.keys(peer?.levels ?? {})])];
  const titleOf = (key: string) => review.rubric?.dimensions.find((d) => d.key === key)?.title ?? key;
  const columns = [self ? "Self" : null, peer ? `Peer (${peer.graderName})` : null].filter((c): c is string => c !== null);
  const graders = [self, peer].filter((g): g is GradeView => g !== null);
  lines.push(`| Dimension | ${columns.map(cell).join(" | ")} |`, `| --- | ${columns.map(() => "---").join(" | ")} |`);
  for (const key of keys) lines.push(`| ${cell(titleOf(key))} | ${graders.map((g) => gradeCell(g, key, labels)).join(" | ")} |`);
  lines.push(`| **Overall** | ${graders.map((g) => `**${formatScore(g.overallScore)}** (${signalLabel(g.signal)})`).join(" | ")} |`, "");

  const noted = keys.filter((key) => graders.some((g) => g.notes[key]?.trim()));
  if (noted.length) {
    lines.push("### Notes per dimension", "");
    for (const key of noted) {
      lines.push(`**${titleOf(key)}**`, "");
      if (self?.notes[key]?.trim()) lines.push(`- Self: ${self.notes[key]!.trim().replace(/\n/g, "\n  ")}`);
      if (peer?.notes[key]?.trim()) lines.push(`- Peer: ${peer.notes[key]!.trim().replace(/\n/g, "\n  ")}`);
      lines.push("");
    }
  }
  return lines;
}

/** The whole session as one Markdown document: plan and time, notes, estimates, grades, reflection. */
export function renderSessionMarkdown(review: SessionReview): string {
  const self = review.grades.self;
  const lines = [
    `# ${review.question.title}`,
    "",
    `- Date: ${formatWhen(review.startedAt)}`,
    `- Mode: ${review.mode}${review.mode === "peer" ? ` (${review.role})` : ""}`,
    `- Status: ${STATUS_LABELS[review.status]}`,
    `- Duration: ${formatLength(review.duration.ms)}${review.duration.planned ? " (planned)" : ""}`,
    `- Overall self score: ${self ? `${formatScore(self.overallScore)} / 4 (${signalLabel(self.signal)})` : "not graded"}`,
    `- Question: ${review.question.slug} (${review.question.difficulty})`,
    "",
    "## Plan and time per phase",
    "",
    "| Phase | Planned | Spent | Over time |",
    "| --- | ---: | ---: | ---: |",
    ...review.phases.map(
      (phase) =>
        `| ${phase.title} | ${formatDuration(phase.plannedMs)} | ${phase.reached ? formatDuration(phase.spentMs) : "not reached"} | ${phase.overtimeMs > 0 ? `+${formatDuration(phase.overtimeMs)}` : "–"} |`,
    ),
    `| **Total** | ${formatDuration(review.phases.reduce((sum, p) => sum + p.plannedMs, 0))} | ${formatDuration(review.phases.reduce((sum, p) => sum + p.spentMs, 0))} | |`,
    "",
    "## Notes",
    "",
  ];
  const planned = new Set(review.plan.map((phase) => phase.key));
  // Phases folded out of the plan still appear when they hold notes (estimates written elsewhere).
  for (const phase of PHASES.filter((p) => planned.has(p.key) || review.notes[p.key]?.trim())) {
    const text = review.notes[phase.key]?.trim();
    lines.push(`### ${phaseTitle(phase.key)}${planned.has(phase.key) ? "" : " (not in the plan)"}`, "", text || "_No notes._", "");
  }
  if (review.chat.length) {
    lines.push("## Chat", "");
    for (const message of review.chat) {
      const when = message.sentAt < review.startedAt ? "lobby" : formatOffset(message.sentAt - review.startedAt);
      lines.push(`- ${when} **${message.name}**: ${message.body.replace(/\n/g, "\n  ")}`);
    }
    lines.push("");
  }
  lines.push(...gradesSection(review));
  lines.push("## Reflection", "", self?.reflection.trim() || "_No reflection written._", "");
  if (review.grades.peer?.reflection.trim()) lines.push("### The interviewer's summary", "", review.grades.peer.reflection.trim(), "");
  return `${lines.join("\n").trimEnd()}\n`;
}

/** A safe download name: "<question-slug>-<YYYY-MM-DD>.md". */
export const exportFilename = (review: Pick<SessionReview, "question" | "startedAt">) => `${review.question.slug}-${isoDay(review.startedAt)}.md`;

"use client";

import { inputStyles } from "@/components/ui/button-styles";
import { PHASES, type PhaseKey } from "@/lib/questions/phases";
import { planMinutes, planSchema, PLAN_PRESETS, type Plan } from "@/lib/sessions/plan";

export type PlanRow = { key: PhaseKey; include: boolean; minutes: number };

/** Every phase of the framework as an editable row: in the plan or not, and its minutes. */
export const rowsFor = (plan: Plan): PlanRow[] =>
  PHASES.map((phase) => {
    const planned = plan.find((p) => p.key === phase.key);
    return { key: phase.key, include: Boolean(planned), minutes: planned?.minutes ?? phase.minutes };
  });

export const planFromRows = (rows: PlanRow[]): Plan => rows.filter((row) => row.include).map(({ key, minutes }) => ({ key, minutes }));

/** The presets and the per-phase minutes of a plan, with its total and what is wrong with it. */
export function PlanFields({ rows, onChange: setRows }: { rows: PlanRow[]; onChange: (rows: PlanRow[]) => void }) {
  const plan = planFromRows(rows);
  const validation = planSchema.safeParse(plan);
  const presetId = PLAN_PRESETS.find((preset) => JSON.stringify(preset.plan) === JSON.stringify(plan))?.id ?? "custom";
  return (
    <>
      <div className="grid gap-2 sm:grid-cols-3">
        {PLAN_PRESETS.map((preset) => (
          <label
            key={preset.id}
            className={`cursor-pointer rounded-lg p-3 text-sm ring-1 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600 ${presetId === preset.id ? "bg-indigo-50 ring-indigo-400" : "ring-slate-200 hover:bg-slate-50"}`}
          >
            <input type="radio" name="preset" className="sr-only" checked={presetId === preset.id} onChange={() => setRows(rowsFor(preset.plan))} />
            <span className="block font-semibold">{preset.label}</span>
            <span className="text-slate-600">{preset.description}</span>
          </label>
        ))}
      </div>
      <table className="mt-4 w-full text-sm">
        <caption className="mb-2 text-left text-slate-600">Or adjust each phase ({presetId === "custom" ? "custom plan" : "preset"}):</caption>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, index) => {
            const title = PHASES.find((p) => p.key === row.key)!.title;
            return (
              <tr key={row.key}>
                <td className="py-2">
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      checked={row.include}
                      onChange={(e) => setRows(rows.map((r, i) => (i === index ? { ...r, include: e.target.checked } : r)))}
                    />
                    {title}
                  </label>
                </td>
                <td className="py-2 text-right">
                  <label className="inline-flex items-center gap-2">
                    <span className="sr-only">Minutes for {title}</span>
                    <input
                      type="number"
                      min={1}
                      max={120}
                      value={row.minutes}
                      disabled={!row.include}
                      onChange={(e) => setRows(rows.map((r, i) => (i === index ? { ...r, minutes: Number(e.target.value) } : r)))}
                      className={`${inputStyles} w-20 text-right`}
                    />
                    min
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-3 text-sm text-slate-700">
        Total: <span className="font-semibold tabular-nums">{planMinutes(plan)} minutes</span>
      </p>
      {!validation.success ? (
        <p role="alert" className="mt-2 text-sm text-rose-700">
          {validation.error.issues[0]!.message}
        </p>
      ) : null}
    </>
  );
}

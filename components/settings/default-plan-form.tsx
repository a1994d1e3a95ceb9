"use client";

import { useState } from "react";
import { PlanFields, planFromRows, rowsFor } from "@/components/practice/plan-fields";
import { buttonStyles } from "@/components/ui/button-styles";
import { apiRequest } from "@/lib/http/client-request";
import { PLAN_PRESETS, planSchema, type Plan } from "@/lib/sessions/plan";
import { FormStatus } from "./settings-card";

/** The plan a new session starts from (solo or with a partner). */
export function DefaultPlanForm({ initial }: { initial: Plan | null }) {
  const [rows, setRows] = useState(rowsFor(initial ?? PLAN_PRESETS[0]!.plan));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const plan = planFromRows(rows);
  const valid = planSchema.safeParse(plan).success;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    const result = await apiRequest("/api/me/default-plan", { method: "PUT", body: { plan } });
    setBusy(false);
    setStatus(result.ok ? { ok: true, message: "Saved: new sessions start with this plan." } : { ok: false, message: result.message });
  }

  return (
    <form onSubmit={save} className="space-y-4">
      <fieldset>
        <legend className="sr-only">Default plan</legend>
        <PlanFields rows={rows} onChange={setRows} />
      </fieldset>
      <FormStatus status={status} />
      <button type="submit" className={buttonStyles.primary} disabled={busy || !valid}>
        {busy ? "Saving…" : "Save default plan"}
      </button>
    </form>
  );
}

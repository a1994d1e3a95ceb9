"use client";

import { useSession } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { apiRequest } from "@/lib/http/client-request";
import { TARGET_LEVEL_LABELS, TARGET_LEVELS, type AccountSettings, type TargetLevel } from "@/lib/users/schemas";
import { FormStatus } from "./settings-card";

/** Display name, the level the user prepares for, and whether the room beeps at time-up. */
export function ProfileForm({ initial }: { initial: AccountSettings }) {
  const router = useRouter();
  const { update } = useSession();
  const [name, setName] = useState(initial.name);
  const [targetLevel, setTargetLevel] = useState<TargetLevel | "">(initial.targetLevel ?? "");
  const [sounds, setSounds] = useState(initial.sounds);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    setNameError(undefined);
    const result = await apiRequest<AccountSettings>("/api/me/settings", { method: "PATCH", body: { name, targetLevel: targetLevel || null, sounds } });
    setBusy(false);
    if (!result.ok) {
      if (result.message.toLowerCase().includes("name")) setNameError(result.message);
      setStatus({ ok: false, message: result.message });
      return;
    }
    setName(result.data.name);
    setStatus({ ok: true, message: "Saved." });
    // The header's "Signed in as" reads the name from the session.
    await update();
    router.refresh();
  }

  return (
    <form onSubmit={save} className="max-w-md space-y-4" noValidate>
      <Field label="Display name" name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} autoComplete="name" required error={nameError} hint="Your partners see this name in peer rooms." />
      <div>
        <label htmlFor="target-level" className="block text-sm font-medium text-slate-800">
          Target level
        </label>
        <select id="target-level" value={targetLevel} onChange={(e) => setTargetLevel(e.target.value as TargetLevel | "")} className={`mt-1 ${inputStyles}`} aria-describedby="target-level-hint">
          <option value="">Not chosen yet</option>
          {TARGET_LEVELS.map((level) => (
            <option key={level} value={level}>
              {TARGET_LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
        <p id="target-level-hint" className="mt-1 text-sm text-slate-500">
          The level you are interviewing for: the grading page shows that level&apos;s expectations first.
        </p>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-0.5" checked={sounds} onChange={(e) => setSounds(e.target.checked)} />
        <span>
          <span className="font-medium text-slate-800">Sounds</span>
          <span className="block text-slate-500">A short beep when a phase&apos;s time runs out. You can also switch it in the room.</span>
        </span>
      </label>
      <FormStatus status={status} />
      <button type="submit" className={buttonStyles.primary} disabled={busy}>
        {busy ? "Saving…" : "Save"}
      </button>
    </form>
  );
}

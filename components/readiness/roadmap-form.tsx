"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";

type Props = {
  options: { key: string; title: string; totalWeeks: number }[];
  current: { roadmapKey: string; startDate: string } | null;
  today: string;
};

/** Picks the roadmap to follow and the date it starts. */
export function RoadmapForm({ options, current, today }: Props) {
  const router = useRouter();
  const [roadmapKey, setRoadmapKey] = useState(current?.roadmapKey ?? options[0]?.key ?? "");
  const [startDate, setStartDate] = useState(current?.startDate ?? today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const response = await fetch("/api/readiness/roadmap", {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ roadmapKey, startDate }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        setErrors(body?.error?.fields ?? {});
        setMessage(body?.error?.message ?? "The roadmap could not be saved.");
        return;
      }
      router.refresh();
    } catch {
      setMessage("The server could not be reached. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="roadmap-key" className="block text-sm font-medium text-slate-800">
          Roadmap
        </label>
        <select
          id="roadmap-key"
          value={roadmapKey}
          onChange={(event) => setRoadmapKey(event.target.value)}
          aria-invalid={errors.roadmapKey ? true : undefined}
          className={`mt-1 ${inputStyles}`}
        >
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.title} ({option.totalWeeks} weeks)
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="roadmap-start" className="block text-sm font-medium text-slate-800">
          Start date
        </label>
        <input
          id="roadmap-start"
          type="date"
          required
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
          aria-invalid={errors.startDate ? true : undefined}
          aria-describedby={errors.startDate ? "roadmap-start-error" : undefined}
          className={`mt-1 ${inputStyles}`}
        />
      </div>
      <button type="submit" className={buttonStyles.primary} disabled={busy || !roadmapKey}>
        {current ? "Save" : "Start this roadmap"}
      </button>
      {errors.startDate ? (
        <p id="roadmap-start-error" role="alert" className="text-sm text-rose-700 sm:col-span-3">
          Start date {errors.startDate}.
        </p>
      ) : null}
      {message && !errors.startDate ? (
        <p role="alert" className="text-sm text-rose-700 sm:col-span-3">
          {message}
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { useEffect, useId, useMemo, useState } from "react";
import type * as Y from "yjs";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import {
  CACHE_MODEL_NOTE,
  calculateCapacity,
  capacityInputsSchema,
  capacityToMarkdown,
  DEFAULT_CAPACITY_INPUTS,
  formatBytes,
  formatBytesBoth,
  formatCount,
  formatRate,
  type CapacityInputs,
} from "@/lib/estimation/calculator";
import { parseCalculatorInput } from "@/lib/estimation/parse-input";

type Key = keyof CapacityInputs;
type Raw = Record<Key, string>;

const FIELDS: { key: Key; label: string; hint: (value: number) => string }[] = [
  { key: "dailyActiveUsers", label: "Daily active users", hint: (v) => `${formatCount(v)} users` },
  { key: "writesPerUserPerDay", label: "Writes per user per day", hint: (v) => `${formatCount(v)} writes each` },
  { key: "readWriteRatio", label: "Reads per write", hint: (v) => `${formatCount(v)}:1 read:write` },
  { key: "objectSizeBytes", label: "Object size (bytes)", hint: (v) => formatBytesBoth(v) },
  { key: "retentionYears", label: "Retention (years)", hint: (v) => `kept ${formatCount(v)} ${v === 1 ? "year" : "years"}` },
  { key: "peakFactor", label: "Peak factor (× average)", hint: (v) => `peak = ${formatCount(v)}× average` },
  { key: "cacheHitTarget", label: "Cache hit target (80%, 80 or 0.8)", hint: (v) => `${formatCount(v * 100)}% of reads from cache` },
  { key: "hotFraction", label: "Hot share of daily reads to cache (20%)", hint: (v) => `cache the objects behind ${formatCount(v * 100)}% of a day's reads` },
];

function toRaw(inputs: CapacityInputs): Raw {
  return Object.fromEntries(FIELDS.map(({ key }) => [key, String(inputs[key])])) as Raw;
}

const isKey = (key: string): key is Key => FIELDS.some((field) => field.key === key);

/** The inputs as stored in the session document, over the defaults for any not typed yet. */
function readStored(stored: Y.Map<string> | undefined): Raw {
  const raw = toRaw(DEFAULT_CAPACITY_INPUTS);
  for (const [key, value] of stored?.entries() ?? []) if (isKey(key) && typeof value === "string") raw[key] = value;
  return raw;
}

function Stat({ label, value, secondary }: { label: string; value?: string; secondary?: string }) {
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-inset ring-slate-200">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm font-semibold tabular-nums text-slate-900">
        {value ?? "—"}
        {value && secondary && secondary !== value ? <span className="ml-1 text-xs font-normal text-slate-500">({secondary})</span> : null}
      </dd>
    </div>
  );
}

function bytes(n: number | undefined, suffix = "") {
  if (n === undefined) return {};
  const { decimal, binary } = formatBytes(n);
  return { value: `${decimal}${suffix}`, secondary: `${binary}${suffix}` };
}

export type EstimationCalculatorProps = {
  onInsert: (markdown: string) => void;
  disabled?: boolean;
  /** Where the inputs are kept (the session document), so a phase switch, a reload or a partner sees them. */
  stored?: Y.Map<string>;
};

/** Back-of-the-envelope numbers for the capacity estimation phase, recomputed as the inputs change. */
export function EstimationCalculator({ onInsert, disabled = false, stored }: EstimationCalculatorProps) {
  const id = useId();
  const [raw, setRaw] = useState<Raw>(() => readStored(stored));
  const [inserted, setInserted] = useState(false);

  // Inputs arriving later (the document loading, another tab, a partner) show as they come.
  useEffect(() => {
    if (!stored) return;
    const refresh = () => setRaw(readStored(stored));
    refresh();
    stored.observe(refresh);
    return () => stored.unobserve(refresh);
  }, [stored]);

  const { errors, inputs } = useMemo(() => {
    const candidate = Object.fromEntries(FIELDS.map(({ key }) => [key, parseCalculatorInput(key, raw[key])]));
    const parsed = capacityInputsSchema.safeParse(candidate);
    const fieldErrors: Partial<Record<Key, string>> = {};
    for (const issue of parsed.error?.issues ?? []) fieldErrors[issue.path[0] as Key] ??= issue.message;
    return { errors: fieldErrors, inputs: parsed.success ? parsed.data : undefined };
  }, [raw]);
  const result = useMemo(() => (inputs ? calculateCapacity(inputs) : undefined), [inputs]);

  function update(key: Key, value: string) {
    setRaw((current) => ({ ...current, [key]: value }));
    stored?.set(key, value);
    setInserted(false);
  }

  function reset() {
    setRaw(toRaw(DEFAULT_CAPACITY_INPUTS));
    stored?.doc?.transact(() => stored.clear());
    setInserted(false);
  }

  const retention = inputs ? `${formatCount(inputs.retentionYears)} ${inputs.retentionYears === 1 ? "year" : "years"}` : "the retention period";

  return (
    <section data-testid="estimation-calculator" aria-labelledby={`${id}-title`} className="space-y-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          Capacity calculator
        </h2>
        <button type="button" className={buttonStyles.ghost} onClick={reset}>
          Reset
        </button>
      </div>

      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map(({ key, label, hint }) => {
          const value = parseCalculatorInput(key, raw[key]);
          return (
            <Field
              key={key}
              name={`${id}-${key}`}
              label={label}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={raw[key]}
              onChange={(event) => update(key, event.target.value)}
              error={errors[key]}
              hint={value !== undefined && Number.isFinite(value) ? hint(value) : undefined}
            />
          );
        })}
      </div>

      <div className="space-y-3">
        <h3 className="text-sm font-semibold text-slate-800">Requests per second</h3>
        <dl className="grid grid-cols-2 gap-2">
          <Stat label="Writes, average" value={result && formatRate(result.writeQpsAvg)} />
          <Stat label="Writes, peak" value={result && formatRate(result.writeQpsPeak)} />
          <Stat label="Reads, average" value={result && formatRate(result.readQpsAvg)} />
          <Stat label="Reads, peak" value={result && formatRate(result.readQpsPeak)} />
        </dl>
        <h3 className="text-sm font-semibold text-slate-800">Storage</h3>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          <Stat label="Per day" {...bytes(result?.storagePerDayBytes)} />
          <Stat label="Per year" {...bytes(result?.storagePerYearBytes)} />
          <Stat label={`Over ${retention}`} {...bytes(result?.storageTotalBytes)} />
        </dl>
        <h3 className="text-sm font-semibold text-slate-800">Bandwidth</h3>
        <dl className="grid grid-cols-2 gap-2">
          <Stat label="In (writes), average" {...bytes(result?.ingressBytesPerSecAvg, "/s")} />
          <Stat label="In (writes), peak" {...bytes(result?.ingressBytesPerSecPeak, "/s")} />
          <Stat label="Out (reads), average" {...bytes(result?.egressBytesPerSecAvg, "/s")} />
          <Stat label="Out (reads), peak" {...bytes(result?.egressBytesPerSecPeak, "/s")} />
        </dl>
        <h3 className="text-sm font-semibold text-slate-800">Cache</h3>
        <dl className="grid grid-cols-2 gap-2">
          <Stat label="Cache memory" {...bytes(result?.cacheMemoryBytes)} />
          <Stat label="Database reads, peak" value={result && formatRate(result.databaseReadQpsPeak)} />
        </dl>
        <p className="text-xs text-slate-500">{CACHE_MODEL_NOTE}</p>
        {!result ? <p className="text-sm text-rose-700">Fix the highlighted inputs to see the results.</p> : null}
      </div>

      <div className="flex items-center gap-3">
        <button
          type="button"
          className={buttonStyles.primary}
          disabled={disabled || !inputs || !result}
          onClick={() => {
            if (!inputs || !result) return;
            onInsert(capacityToMarkdown(inputs, result));
            setInserted(true);
          }}
        >
          Insert into notes
        </button>
        <p role="status" className="text-sm text-slate-600">
          {inserted ? "Added to your notes." : ""}
        </p>
      </div>
    </section>
  );
}

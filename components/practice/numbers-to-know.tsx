"use client";

import { useId, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { AVAILABILITY_ROWS, CONNECTION_NOTES, CONNECTION_ROWS, LATENCY_NOTES, LATENCY_ROWS } from "@/lib/estimation/numbers-to-know";

const THROUGHPUT: string[][] = [
  ["One app server, simple API", "~1K–10K requests/s"],
  ["Redis, one instance", "~100K ops/s (more with pipelining)"],
  ["PostgreSQL primary, simple writes", "~5K–10K writes/s (more when batched)"],
  ["Kafka, one partition", "~10–50 MB/s"],
  ["1 Gbps link", "≈ 125 MB/s"],
  ["10 Gbps link", "≈ 1.25 GB/s"],
  ["100 Gbps link", "≈ 12.5 GB/s"],
];

const POWERS: string[][] = [
  ["2¹⁰", "1,024", "≈ 1 thousand", "KiB"],
  ["2²⁰", "1,048,576", "≈ 1 million", "MiB"],
  ["2³⁰", "1,073,741,824", "≈ 1 billion", "GiB"],
  ["2⁴⁰", "≈ 1.1 × 10¹²", "≈ 1 trillion", "TiB"],
  ["2⁵⁰", "≈ 1.13 × 10¹⁵", "≈ 1 quadrillion", "PiB"],
];

const SIZES: string[][] = [
  ["A character", "1 B (ASCII/UTF-8), 2 B per UTF-16 unit"],
  ["An integer", "4 B (32-bit), 8 B (64-bit)"],
  ["A UUID", "16 B binary, 36 B as text"],
  ["A tweet-sized text", "~300 B of text, ~1 KB with metadata"],
  ["A photo", "~200 KB (web) to ~3 MB (phone original)"],
  ["A minute of 1080p video", "~40 MB (at ~5 Mbit/s)"],
];

const TIME: string[][] = [
  ["Seconds per day", "86,400 ≈ 10⁵"],
  ["Seconds per month", "≈ 2.6 million"],
  ["Seconds per year", "≈ 31.5 million (≈ π × 10⁷)"],
  ["1 million requests/day", "≈ 12 /s"],
  ["100 million requests/day", "≈ 1.2K /s"],
  ["1 billion requests/day", "≈ 12K /s"],
];

/**
 * A real table with visible column headers. The wrapper scrolls sideways if a row cannot wrap into
 * a narrow pane, so the page itself never overflows; it is focusable so the keyboard can scroll it.
 */
function Table({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  const id = useId();
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="max-w-full overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-sky-600">
      <table className="w-full min-w-0 border-collapse text-left text-xs">
        <caption id={id} className="pb-1 text-left text-sm font-semibold text-slate-800">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-200">
            {head.map((h) => (
              <th key={h} scope="col" className="py-1 pr-3 align-bottom font-semibold text-slate-600">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(([first, ...rest]) => (
            <tr key={first}>
              <th scope="row" className="py-1 pr-3 align-top font-normal text-slate-600 [overflow-wrap:anywhere]">
                {first}
              </th>
              {rest.map((cell, i) => (
                <td key={i} className="py-1 pr-3 align-top font-medium tabular-nums text-slate-900 [overflow-wrap:anywhere]">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Notes({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-4 text-xs text-slate-600">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** A collapsible cheat sheet of figures for back-of-the-envelope estimates, each column naming its source. */
export function NumbersToKnow() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section className="min-w-0 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <button type="button" className={`${buttonStyles.ghost} w-full justify-between`} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <span className="text-base font-semibold text-slate-900">Numbers to know</span>
        <span aria-hidden="true" className="text-slate-500">
          {open ? "−" : "+"}
        </span>
      </button>
      <div id={id} hidden={!open} className="mt-3 space-y-4">
        <p className="text-xs text-slate-600">
          Say which figure you assume, round it, and estimate with the current-hardware column. Dean&apos;s 2010 column teaches the
          ratios; Scott&apos;s 2020 column is a projection, not a measurement.
        </p>
        <Table
          caption="Latency"
          head={["Operation", "Dean 2010", "Scott 2020", "Current hardware"]}
          rows={LATENCY_ROWS.map((row) => [row.operation, row.dean2010, row.scott2020, row.current])}
        />
        <Notes items={LATENCY_NOTES} />
        <Table
          caption="Availability: downtime allowed"
          head={["Target", "Per year", "Per month", "Per day"]}
          rows={AVAILABILITY_ROWS.map((row) => [row.target, row.perYear, row.perMonth, row.perDay])}
        />
        <p className="text-xs text-slate-600">A year of 365.25 days, a month of a twelfth of it. Two dependencies in series at 99.9% each give about 99.8%.</p>
        <Table caption="Connections per server" head={["Server", "Typical figure"]} rows={CONNECTION_ROWS.map((row) => [row.server, row.connections])} />
        <Notes items={CONNECTION_NOTES} />
        <Table caption="Throughput rules of thumb" head={["System", "Rate"]} rows={THROUGHPUT} />
        <Table caption="Powers of two" head={["Power", "Exact", "Roughly", "Binary unit"]} rows={POWERS} />
        <Table caption="Sizes" head={["Thing", "Size"]} rows={SIZES} />
        <Table caption="Time" head={["Quantity", "Value"]} rows={TIME} />
      </div>
    </section>
  );
}

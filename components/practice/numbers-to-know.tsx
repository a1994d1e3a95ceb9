"use client";

import { useId, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";

type Row = [label: string, value: string];

// Rough orders of magnitude on current server hardware; good enough for estimates, not for benchmarks.
const LATENCY: Row[] = [
  ["L1 cache hit", "~1 ns"],
  ["L2 cache hit", "~4 ns"],
  ["Main memory access", "~100 ns"],
  ["SSD random read (4 KB)", "~20–100 µs"],
  ["Read 1 MB sequentially from memory", "~10 µs"],
  ["Read 1 MB sequentially from SSD", "~50 µs (NVMe) to ~1 ms (SATA)"],
  ["Read 1 MB sequentially from spinning disk", "~5–10 ms"],
  ["Disk seek", "~5–10 ms"],
  ["Round trip inside one datacenter", "~0.5 ms"],
  ["Round trip across continents", "~100–150 ms"],
];

const THROUGHPUT: Row[] = [
  ["One app server, simple API", "~1K–10K requests/s"],
  ["Redis, one instance", "~100K ops/s (more with pipelining)"],
  ["PostgreSQL primary, simple writes", "~5K–10K writes/s (more when batched)"],
  ["Kafka, one partition", "~10–50 MB/s"],
  ["1 Gbps link", "≈ 125 MB/s"],
  ["10 Gbps link", "≈ 1.25 GB/s"],
  ["100 Gbps link", "≈ 12.5 GB/s"],
];

const POWERS: [power: string, exact: string, approx: string, unit: string][] = [
  ["2¹⁰", "1,024", "≈ 1 thousand", "KiB"],
  ["2²⁰", "1,048,576", "≈ 1 million", "MiB"],
  ["2³⁰", "1,073,741,824", "≈ 1 billion", "GiB"],
  ["2⁴⁰", "≈ 1.1 × 10¹²", "≈ 1 trillion", "TiB"],
  ["2⁵⁰", "≈ 1.13 × 10¹⁵", "≈ 1 quadrillion", "PiB"],
];

const SIZES: Row[] = [
  ["A character", "1 B (ASCII/UTF-8), 2 B per UTF-16 unit"],
  ["An integer", "4 B (32-bit), 8 B (64-bit)"],
  ["A UUID", "16 B binary, 36 B as text"],
  ["A tweet-sized text", "~300 B of text, ~1 KB with metadata"],
  ["A photo", "~200 KB (web) to ~3 MB (phone original)"],
  ["A minute of 1080p video", "~40 MB (at ~5 Mbit/s)"],
];

const TIME: Row[] = [
  ["Seconds per day", "86,400 ≈ 10⁵"],
  ["Seconds per month", "≈ 2.6 million"],
  ["Seconds per year", "≈ 31.5 million (≈ π × 10⁷)"],
  ["1 million requests/day", "≈ 12 /s"],
  ["100 million requests/day", "≈ 1.2K /s"],
  ["1 billion requests/day", "≈ 12K /s"],
];

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <table className="w-full text-left text-xs">
      <caption className="pb-1 text-left text-sm font-semibold text-slate-800">{caption}</caption>
      <thead className="sr-only">
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map(([first, ...rest]) => (
          <tr key={first}>
            <th scope="row" className="py-1 pr-3 font-normal text-slate-600">
              {first}
            </th>
            {rest.map((cell, i) => (
              <td key={i} className="py-1 pr-3 font-medium tabular-nums text-slate-900">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A collapsible cheat sheet of approximate figures for back-of-the-envelope estimates. */
export function NumbersToKnow() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <button type="button" className={`${buttonStyles.ghost} w-full justify-between`} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <span className="text-base font-semibold text-slate-900">Numbers to know</span>
        <span aria-hidden="true" className="text-slate-500">
          {open ? "−" : "+"}
        </span>
      </button>
      <div id={id} hidden={!open} className="mt-3 space-y-4">
        <p className="text-xs text-slate-500">Approximate orders of magnitude: use them to sanity-check an estimate, and say which you assume.</p>
        <Table caption="Latency" head={["Operation", "Time"]} rows={LATENCY} />
        <Table caption="Throughput rules of thumb" head={["System", "Rate"]} rows={THROUGHPUT} />
        <Table caption="Powers of two" head={["Power", "Exact", "Roughly", "Binary unit"]} rows={POWERS} />
        <Table caption="Sizes" head={["Thing", "Size"]} rows={SIZES} />
        <Table caption="Time" head={["Quantity", "Value"]} rows={TIME} />
      </div>
    </section>
  );
}

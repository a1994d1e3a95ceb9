/**
 * The figures behind the "Numbers to know" panel, with where each comes from. Kept apart from the
 * component so tests can check them and so a correction is a one-line diff.
 *
 * Sources:
 * - Jeff Dean, "Numbers Everyone Should Know" (LADIS 2009 keynote, repeated in his 2010 Stanford
 *   talk), which builds on Peter Norvig's table in "Teach Yourself Programming in Ten Years"
 *   (2001). The two SSD rows are not Dean's: they were added to the table in the widely shared
 *   2012 "Latency numbers every programmer should know" version, and are marked so. That version
 *   also turned Dean's "send 2 KB over 1 Gbps: 20 µs" into 1 KB in 10 µs (the same rate).
 * - Colin Scott, "Latency Numbers Every Programmer Should Know" (interactive page, 2020 setting):
 *   Dean's figures projected forward along hardware trend lines. Projections, not measurements.
 * - Current hardware: vendor datasheets and common measurements, rounded (see the notes).
 */

export type LatencyRow = {
  operation: string;
  dean2010: string;
  scott2020: string;
  current: string;
};

export const LATENCY_ROWS: LatencyRow[] = [
  { operation: "L1 cache reference", dean2010: "0.5 ns", scott2020: "1 ns", current: "~1 ns (4–5 cycles)" },
  { operation: "Branch mispredict", dean2010: "5 ns", scott2020: "3 ns", current: "~3–5 ns (15–20 cycles)" },
  { operation: "L2 cache reference", dean2010: "7 ns", scott2020: "4 ns", current: "~3–5 ns" },
  { operation: "Mutex lock/unlock (uncontended)", dean2010: "25 ns", scott2020: "17 ns", current: "~15–25 ns; µs once threads contend" },
  { operation: "Main memory reference", dean2010: "100 ns", scott2020: "100 ns", current: "~80–120 ns" },
  { operation: "Compress 1 KB (Zippy/Snappy)", dean2010: "3 µs", scott2020: "2 µs", current: "~2–4 µs (Snappy README: compresses at 250+ MB/s per core, decompresses at 500+)" },
  { operation: "Send 1 KB over 1 Gbps", dean2010: "10 µs (slide: 2 KB in 20 µs)", scott2020: "44 ns for 2 KB (extrapolated link speed)", current: "~8 µs on the wire (8,000 bits ÷ 1 Gbps)" },
  { operation: "Read 4 KB at random from SSD", dean2010: "150 µs*", scott2020: "16 µs", current: "~50–100 µs (NVMe, one request at a time)" },
  { operation: "Read 1 MB sequentially from memory", dean2010: "250 µs", scott2020: "3 µs", current: "~50–100 µs on one thread (10–20 GB/s)" },
  { operation: "Round trip within one datacenter", dean2010: "500 µs", scott2020: "500 µs", current: "~100–500 µs" },
  { operation: "Read 1 MB sequentially from SSD", dean2010: "1 ms*", scott2020: "49 µs", current: "~150–300 µs (NVMe, 3–7 GB/s); ~2 ms (SATA)" },
  { operation: "Disk seek", dean2010: "10 ms", scott2020: "2 ms", current: "~5–10 ms (7,200 rpm, seek + rotation)" },
  { operation: "Read 1 MB sequentially from disk", dean2010: "20 ms", scott2020: "825 µs", current: "~4–5 ms (200–270 MB/s)" },
  { operation: "Round trip California–Netherlands", dean2010: "150 ms", scott2020: "150 ms", current: "~140–150 ms" },
];

export const LATENCY_NOTES: string[] = [
  "Dean 2010: Jeff Dean's “Numbers Everyone Should Know” (2009–2010 talks), after Peter Norvig's 2001 table. * The SSD rows were added in the widely shared 2012 version of the table, which also restated Dean's “send 2 KB over 1 Gbps: 20 µs” per kilobyte.",
  "Scott 2020: Colin Scott's interactive “Latency Numbers Every Programmer Should Know”, set to 2020. It projects Dean's figures along trend lines, so rows such as memory bandwidth, disk and network are faster than real hardware: no spinning disk reads 1 MB in 825 µs.",
  "Current hardware: datasheets of datacenter NVMe SSDs and 7,200 rpm drives, Google's Snappy README, and measured memory bandwidth per thread, rounded.",
  "For estimates, use the current-hardware column and round to a power of ten. Use Dean's column for the ratios it teaches (memory, then SSD, then network, then disk, then other continents) and Scott's to see what has changed, not as a measurement.",
];

export type AvailabilityRow = { target: string; perYear: string; perMonth: string; perDay: string };

const YEAR_SECONDS = 365.25 * 86_400;
const MONTH_SECONDS = YEAR_SECONDS / 12;
const DAY_SECONDS = 86_400;

/** "8.77 hours", "52.6 minutes", "8.64 seconds": the largest unit of which there is at least one, three significant digits. */
export function formatDuration(seconds: number): string {
  const units: [number, string][] = [
    [86_400, "days"],
    [3_600, "hours"],
    [60, "minutes"],
    [1, "seconds"],
  ];
  const [size, name] = units.find(([size]) => seconds >= size) ?? units[units.length - 1]!;
  return `${Number((seconds / size).toPrecision(3))} ${name}`;
}

export const AVAILABILITY_TARGETS = ["99", "99.5", "99.9", "99.95", "99.99", "99.999"] as const;

/** Downtime allowed per year (365.25 days), month (a twelfth of that) and day. */
export function availabilityRow(target: string): AvailabilityRow {
  const down = 1 - Number(target) / 100;
  return {
    target: `${target}%`,
    perYear: formatDuration(down * YEAR_SECONDS),
    perMonth: formatDuration(down * MONTH_SECONDS),
    perDay: formatDuration(down * DAY_SECONDS),
  };
}

export const AVAILABILITY_ROWS: AvailabilityRow[] = AVAILABILITY_TARGETS.map(availabilityRow);

export type ConnectionRow = { server: string; connections: string };

export const CONNECTION_ROWS: ConnectionRow[] = [
  { server: "Tuned server, mostly idle TCP/WebSocket connections", connections: "1–3 million (WhatsApp: over 2 million per server, 2012)" },
  { server: "Event-loop gateway with real traffic (Go, Node, Netty, nginx)", connections: "100K–1M; plan ~100K–500K to absorb reconnect storms" },
  { server: "Memory per idle connection", connections: "~2–10 KB in the kernel plus the app's own state: 1 million ≈ a few GB to tens of GB" },
  { server: "Thread-per-request app server (e.g. Tomcat's 200 threads)", connections: "hundreds of requests in flight" },
  { server: "PostgreSQL", connections: "100 by default, a few hundred in practice; pool with PgBouncer" },
  { server: "One client IP to one server IP and port", connections: "~28K (Linux's default ephemeral port range)" },
];

export const CONNECTION_NOTES: string[] = [
  "WhatsApp's engineering blog (2012) reported over 2 million concurrent TCP connections on one FreeBSD/Erlang server; the Phoenix framework's 2015 benchmark held 2 million WebSockets on one machine. Kernel tuning (file descriptors, buffers, port ranges) is what makes it possible.",
  "Open connections are cheap; messages per second and reconnect storms after a deploy or a failure are what limit a gateway, so a design usually plans well under the record.",
];

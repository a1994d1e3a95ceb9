import type { HiringSignal } from "@/lib/grading/rubric-schema";

export const SIGNAL_LABELS: Record<HiringSignal, string> = {
  no_hire: "No hire",
  lean_no_hire: "Lean no hire",
  hire: "Hire",
  strong_hire: "Strong hire",
};

export const SIGNAL_TONES: Record<HiringSignal, string> = {
  no_hire: "bg-rose-100 text-rose-900",
  lean_no_hire: "bg-amber-100 text-amber-900",
  hire: "bg-emerald-100 text-emerald-900",
  strong_hire: "bg-emerald-300 text-emerald-950",
};

"use client";

import { EstimationCalculator, type EstimationCalculatorProps } from "./estimation-calculator";
import { NumbersToKnow } from "./numbers-to-know";

/** The estimation phase's tools, one chunk: the capacity calculator and the numbers to know. */
export function EstimationTools(props: EstimationCalculatorProps) {
  return (
    <>
      <EstimationCalculator {...props} />
      <NumbersToKnow />
    </>
  );
}

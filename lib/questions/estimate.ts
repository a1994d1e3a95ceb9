import { parse, type MathNode } from "mathjs";
import type { EstimateDerived, EstimateInput } from "./schemas";

const ALLOWED_FUNCTIONS = new Set(["ceil", "floor", "round", "min", "max", "log2"]);
const ALLOWED_OPERATORS = new Set(["+", "-", "*", "/", "^"]);

/** Relative difference allowed between a stated value and the recomputed one. */
export const ESTIMATE_TOLERANCE = 0.01;

export class EstimateError extends Error {}

function checkExpression(node: MathNode, known: Set<string>, where: string): void {
  node.traverse((child, _path, parent) => {
    switch (child.type) {
      case "ConstantNode":
      case "ParenthesisNode":
        return;
      case "OperatorNode": {
        const op = (child as unknown as { op: string }).op;
        if (!ALLOWED_OPERATORS.has(op)) throw new EstimateError(`${where}: operator "${op}" is not allowed`);
        return;
      }
      case "FunctionNode": {
        const name = (child as unknown as { fn: { name: string } }).fn.name;
        if (!ALLOWED_FUNCTIONS.has(name)) throw new EstimateError(`${where}: function "${name}" is not allowed`);
        return;
      }
      case "SymbolNode": {
        const name = (child as unknown as { name: string }).name;
        if (parent?.type === "FunctionNode" && ALLOWED_FUNCTIONS.has(name)) return;
        if (!known.has(name)) throw new EstimateError(`${where}: "${name}" is not an input or an earlier derived value`);
        return;
      }
      default:
        throw new EstimateError(`${where}: "${child.type}" is not allowed in an estimate expression`);
    }
  });
}

export type RecomputedValue = { name: string; stated: number; computed: number; withinTolerance: boolean };

/**
 * Recomputes every derived number of an estimate from its inputs, in order, and reports how
 * each compares with the value the author stated.
 */
export function recomputeEstimate(inputs: EstimateInput[], derived: EstimateDerived[]): RecomputedValue[] {
  const scope = new Map<string, number>();
  for (const input of inputs) {
    if (scope.has(input.name)) throw new EstimateError(`input "${input.name}" is defined twice`);
    scope.set(input.name, input.value);
  }
  return derived.map((item) => {
    const where = `derived "${item.name}"`;
    if (scope.has(item.name)) throw new EstimateError(`${where} is defined twice`);
    let node: MathNode;
    try {
      node = parse(item.expr);
    } catch (error) {
      throw new EstimateError(`${where}: cannot read expression "${item.expr}" (${(error as Error).message})`);
    }
    checkExpression(node, new Set(scope.keys()), where);
    const computed = Number(node.compile().evaluate(Object.fromEntries(scope)));
    if (!Number.isFinite(computed)) throw new EstimateError(`${where}: "${item.expr}" is not a finite number`);
    scope.set(item.name, computed);
    const scale = Math.max(Math.abs(computed), Number.EPSILON);
    const withinTolerance = Math.abs(item.value - computed) / scale <= ESTIMATE_TOLERANCE;
    return { name: item.name, stated: item.value, computed, withinTolerance };
  });
}

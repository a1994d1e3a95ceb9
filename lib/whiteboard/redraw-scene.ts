// The board a user redraws on after a session: a copy of what they drew in the time, with the
// problem's reference design placed to its right, so the two can be compared side by side.
// Pure logic, like scene-sync.ts.
import type { WhiteboardElement } from "./scene-sync";

export type Bounds = { minX: number; minY: number; maxX: number; maxY: number };

/** Space between the user's drawing and the reference design, in scene pixels. */
export const REDRAW_GAP = 200;

const finite = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** The box around the elements that are not deleted, or null when there are none. */
export function sceneBounds(elements: readonly WhiteboardElement[]): Bounds | null {
  let bounds: Bounds | null = null;
  for (const element of elements) {
    if (element.isDeleted) continue;
    const x = finite(element.x);
    const y = finite(element.y);
    // Width and height may be negative for lines and arrows drawn leftwards or upwards.
    const [left, right] = [x, x + finite(element.width)].sort((a, b) => a - b) as [number, number];
    const [top, bottom] = [y, y + finite(element.height)].sort((a, b) => a - b) as [number, number];
    bounds = bounds
      ? { minX: Math.min(bounds.minX, left), minY: Math.min(bounds.minY, top), maxX: Math.max(bounds.maxX, right), maxY: Math.max(bounds.maxY, bottom) }
      : { minX: left, minY: top, maxX: right, maxY: bottom };
  }
  return bounds;
}

/** Moves every element by (dx, dy). Arrow and line points are relative to x and y, so they move with them. */
export function moveElements(elements: readonly WhiteboardElement[], dx: number, dy: number): WhiteboardElement[] {
  return elements.map((element) => ({ ...element, x: finite(element.x) + dx, y: finite(element.y) + dy }));
}

/**
 * Where the reference design's top-left corner goes: right of the user's drawing with a gap,
 * level with its top; at the origin when nothing was drawn.
 */
export function referenceOrigin(drawing: readonly WhiteboardElement[]): { x: number; y: number } {
  const bounds = sceneBounds(drawing);
  return bounds ? { x: bounds.maxX + REDRAW_GAP, y: bounds.minY } : { x: 0, y: 0 };
}

/**
 * The redraw board's first scene: the user's drawing as it was (deleted elements left out), then
 * the reference design moved to `referenceOrigin`. The reference's ids must be fresh ones (the
 * converter regenerates them), so nothing of the user's is replaced.
 */
export function redrawScene(drawing: readonly WhiteboardElement[], reference: readonly WhiteboardElement[]): WhiteboardElement[] {
  const own = drawing.filter((element) => !element.isDeleted);
  const referenceBounds = sceneBounds(reference);
  const origin = referenceOrigin(own);
  const placed = referenceBounds ? moveElements(reference, origin.x - referenceBounds.minX, origin.y - referenceBounds.minY) : [...reference];
  return [...own, ...placed];
}

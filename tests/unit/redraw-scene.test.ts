import { describe, expect, it } from "vitest";
import { REDRAW_GAP, redrawScene, referenceOrigin, sceneBounds } from "@/lib/whiteboard/redraw-scene";
import type { WhiteboardElement } from "@/lib/whiteboard/scene-sync";

const box = (id: string, x: number, y: number, width = 100, height = 50, extra: Partial<WhiteboardElement> = {}): WhiteboardElement => ({
  id,
  type: "rectangle",
  version: 1,
  versionNonce: 1,
  x,
  y,
  width,
  height,
  ...extra,
});

describe("the redraw board's first scene", () => {
  it("measures what is drawn, arrows drawn leftwards included, deleted elements left out", () => {
    const scene = [box("a", 10, 20), box("arrow", 400, 300, -250, -100, { type: "arrow" }), box("gone", 5000, 5000, 10, 10, { isDeleted: true })];
    expect(sceneBounds(scene)).toEqual({ minX: 10, minY: 20, maxX: 400, maxY: 300 });
    expect(sceneBounds([])).toBeNull();
  });

  it("puts the reference design to the right of the user's drawing, level with its top, and keeps the drawing where it was", () => {
    const drawing = [box("mine-1", -50, 40, 200, 100), box("mine-2", 300, 200, 100, 100)];
    const reference = [box("ref-1", 1000, 1000, 80, 40), box("ref-2", 1200, 1100, 80, 40)];
    const scene = redrawScene(drawing, reference);
    expect(scene.slice(0, 2)).toEqual(drawing);
    const placed = scene.slice(2);
    expect(placed.map((element) => [element.id, element.x, element.y])).toEqual([
      ["ref-1", 400 + REDRAW_GAP, 40],
      ["ref-2", 400 + REDRAW_GAP + 200, 140],
    ]);
    // Side by side: nothing of the reference overlaps the drawing.
    expect(sceneBounds(placed)!.minX).toBeGreaterThan(sceneBounds(drawing)!.maxX);
  });

  it("starts the reference at the origin when nothing was drawn, and leaves out what the user deleted", () => {
    expect(referenceOrigin([box("gone", 900, 900, 10, 10, { isDeleted: true })])).toEqual({ x: 0, y: 0 });
    const scene = redrawScene([box("gone", 900, 900, 10, 10, { isDeleted: true })], [box("ref", 30, 60)]);
    expect(scene.map((element) => [element.id, element.x, element.y])).toEqual([["ref", 0, 0]]);
  });
});

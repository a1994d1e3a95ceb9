import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXCALIFONT_LATIN_FILE } from "@/lib/whiteboard/preview-font";
import { previewScene } from "@/lib/whiteboard/preview-shapes";
import type { WhiteboardElement } from "@/lib/whiteboard/scene-sync";

const element = (fields: Partial<WhiteboardElement> & { id: string; type: string }): WhiteboardElement => ({
  version: 1,
  versionNonce: 1,
  x: 0,
  y: 0,
  width: 100,
  height: 60,
  seed: 7,
  roughness: 1,
  strokeWidth: 2,
  strokeColor: "#1e1e1e",
  backgroundColor: "transparent",
  ...fields,
});

describe("the board preview, drawn without the editor", () => {
  it("draws each kind of element with its own hand-drawn strokes, in place, and leaves out deleted ones", () => {
    const preview = previewScene([
      element({ id: "box", type: "rectangle", x: 10, y: 20, roundness: { type: 3 } }),
      element({ id: "filled", type: "diamond", x: 200, backgroundColor: "#a5d8ff", fillStyle: "solid" }),
      element({ id: "round", type: "ellipse", x: 400, strokeStyle: "dashed" }),
      element({ id: "arrow", type: "arrow", x: 0, y: 200, width: 300, height: 0, points: [[0, 0], [300, 0]] }),
      element({ id: "pen", type: "freedraw", x: 0, y: 300, width: 50, height: 20, points: [[0, 0], [20, 10], [50, 20]] }),
      element({ id: "label", type: "text", x: 20, y: 40, text: "API\ngateway", fontSize: 20, fontFamily: 5, textAlign: "center" }),
      element({ id: "gone", type: "rectangle", x: 9000, isDeleted: true }),
    ])!;
    expect(preview.shapes.map((shape) => shape.id)).toEqual(["box", "filled", "round", "arrow", "pen", "label"]);
    expect(preview.bounds).toEqual({ minX: 0, minY: 0, maxX: 500, maxY: 320 });
    const byId = Object.fromEntries(preview.shapes.map((shape) => [shape.id, shape]));
    expect(byId.box!.transform).toBe("translate(10 20)");
    expect(byId.box!.paths.length).toBeGreaterThan(0);
    expect(byId.filled!.paths.some((path) => path.fill === "#a5d8ff")).toBe(true);
    expect(byId.round!.paths.every((path) => path.dash === "8 10")).toBe(true);
    // The line and the two wings of its arrowhead.
    expect(byId.arrow!.paths.length).toBeGreaterThanOrEqual(3);
    expect(byId.pen!.paths[0]!.fill).toBe("#1e1e1e");
    expect(byId.label!.text).toMatchObject({ lines: ["API", "gateway"], anchor: "middle", x: 50, lineHeight: 25 });
    expect(preview.hasText).toBe(true);
  });

  it("draws the same strokes every time for the same element (its seed), as the editor does", () => {
    const box = element({ id: "box", type: "rectangle" });
    expect(previewScene([box])!.shapes[0]!.paths).toEqual(previewScene([box])!.shapes[0]!.paths);
    expect(previewScene([{ ...box, seed: 8 }])!.shapes[0]!.paths).not.toEqual(previewScene([box])!.shapes[0]!.paths);
  });

  it("has nothing to show for a board with only deleted elements", () => {
    expect(previewScene([element({ id: "gone", type: "rectangle", isDeleted: true })])).toBeNull();
  });

  it("names a font file that this version of Excalidraw ships (an upgrade that renames it fails here)", () => {
    expect(existsSync(`node_modules/@excalidraw/excalidraw/dist/prod/fonts/Excalifont/${EXCALIFONT_LATIN_FILE}`)).toBe(true);
  });
});

// A board's scene as plain SVG shapes, for the preview the room shows until the editor is wanted.
// The shapes come from roughjs, which Excalidraw itself draws with, fed with each element's own
// seed and style the way Excalidraw feeds it (its scene/Shape.ts), so the preview has the same
// hand-drawn strokes; freehand lines come from perfect-freehand, as in Excalidraw. Pure logic:
// no DOM, no Excalidraw, so the room's first load carries neither and a unit test can check it.
import { getStroke } from "perfect-freehand";
import { RoughGenerator } from "roughjs/bin/generator";
import type { Options } from "roughjs/bin/core";
import { sceneBounds, type Bounds } from "./redraw-scene";
import type { WhiteboardElement } from "./scene-sync";

export type PreviewPath = { d: string; stroke: string; strokeWidth: number; fill: string; dash?: string };
export type PreviewText = { lines: string[]; x: number; y: number; fontSize: number; lineHeight: number; fontFamily: string; color: string; anchor: "start" | "middle" | "end" };
export type PreviewShape = { id: string; transform: string; opacity: number; paths: PreviewPath[]; text?: PreviewText };
export type Preview = { bounds: Bounds; shapes: PreviewShape[]; hasText: boolean };

/** Excalidraw's font family ids and the faces they name (the preview loads only Excalifont). */
const FONT_FAMILIES: Record<number, string> = {
  1: "Virgil",
  2: "Helvetica, Arial, sans-serif",
  3: "Cascadia, monospace",
  5: "Excalifont",
  6: "Nunito, sans-serif",
  7: "Lilita One, sans-serif",
  8: "Comic Shanns, monospace",
  9: "Liberation Sans, sans-serif",
};
const HANDWRITTEN_FALLBACK = '"Segoe Print", "Comic Sans MS", cursive';

type Element = WhiteboardElement & {
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  angle?: number;
  seed?: number;
  roughness?: number;
  strokeWidth?: number;
  strokeStyle?: string;
  strokeColor?: string;
  backgroundColor?: string;
  fillStyle?: string;
  opacity?: number;
  roundness?: { type: number; value?: number } | null;
  points?: [number, number][];
  pressures?: number[];
  simulatePressure?: boolean;
  endArrowhead?: string | null;
  startArrowhead?: string | null;
  text?: string;
  fontSize?: number;
  fontFamily?: number;
  lineHeight?: number;
  textAlign?: string;
};

const num = (value: unknown, fallback: number) => (typeof value === "number" && Number.isFinite(value) ? value : fallback);
const transparent = (color: unknown) => typeof color !== "string" || color === "transparent" || /^#[0-9a-f]{6}00$/i.test(color);

function adjustRoughness(element: Element): number {
  const roughness = num(element.roughness, 1);
  const maxSize = Math.max(Math.abs(element.width), Math.abs(element.height));
  const minSize = Math.min(Math.abs(element.width), Math.abs(element.height));
  const linear = element.type === "line" || element.type === "arrow";
  if ((minSize >= 20 && maxSize >= 50) || (minSize >= 15 && Boolean(element.roundness)) || (linear && maxSize >= 50)) return roughness;
  return Math.min(roughness / (maxSize < 10 ? 3 : 2), 2.5);
}

function roughOptions(element: Element, continuousPath = false): Options {
  const strokeWidth = num(element.strokeWidth, 2);
  const solid = (element.strokeStyle ?? "solid") === "solid";
  const options: Options = {
    seed: num(element.seed, 1),
    disableMultiStroke: !solid,
    strokeWidth: solid ? strokeWidth : strokeWidth + 0.5,
    fillWeight: strokeWidth / 2,
    hachureGap: strokeWidth * 4,
    roughness: adjustRoughness(element),
    stroke: element.strokeColor ?? "#1e1e1e",
    preserveVertices: continuousPath || num(element.roughness, 1) < 2,
  };
  if (element.strokeStyle === "dashed") options.strokeLineDash = [8, 8 + strokeWidth];
  if (element.strokeStyle === "dotted") options.strokeLineDash = [1.5, 6 + strokeWidth];
  if (["rectangle", "diamond", "ellipse"].includes(element.type)) {
    options.fillStyle = element.fillStyle ?? "solid";
    if (!transparent(element.backgroundColor)) options.fill = element.backgroundColor;
    if (element.type === "ellipse") options.curveFitting = 1;
  }
  return options;
}

/** Excalidraw's corner radius: adaptive (type 3, the default) or proportional (legacy type 2). */
function cornerRadius(size: number, element: Element): number {
  if (element.roundness?.type === 3) {
    const fixed = element.roundness.value ?? 32;
    return size <= fixed / 0.25 ? size * 0.25 : fixed;
  }
  return size * 0.25;
}

function arrowheadLines(generator: RoughGenerator, points: [number, number][], atEnd: boolean, options: Options) {
  if (points.length < 2) return [];
  const [tip, from] = atEnd ? [points.at(-1)!, points.at(-2)!] : [points[0]!, points[1]!];
  const length = Math.hypot(tip[0] - from[0], tip[1] - from[1]);
  if (length === 0) return [];
  const size = Math.min(30, length / 2);
  const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
  return [-1, 1].map((side) => {
    const wing = angle + Math.PI + side * (Math.PI / 9);
    return generator.line(tip[0], tip[1], tip[0] + size * Math.cos(wing), tip[1] + size * Math.sin(wing), { ...options, fill: undefined });
  });
}

/** perfect-freehand's outline as an SVG path, the way Excalidraw joins it (quadratic midpoints). */
function freehandPath(element: Element): string {
  const points = element.points ?? [];
  const input = element.simulatePressure === false ? points.map(([x, y], i) => [x, y, element.pressures?.[i] ?? 0.5]) : points;
  const outline = getStroke(input, {
    simulatePressure: element.simulatePressure !== false,
    size: num(element.strokeWidth, 2) * 4.25,
    thinning: 0.6,
    smoothing: 0.5,
    streamline: 0.5,
    easing: (t) => Math.sin((t * Math.PI) / 2),
    last: true,
  });
  if (outline.length < 2) return "";
  const mid = (a: number[], b: number[]) => [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
  let d = `M ${outline[0]![0]} ${outline[0]![1]} Q`;
  for (let i = 0; i < outline.length; i++) {
    const point = outline[i]!;
    const next = outline[(i + 1) % outline.length]!;
    const [mx, my] = mid(point, next);
    d += ` ${point[0]} ${point[1]} ${mx} ${my}`;
  }
  return `${d} Z`;
}

function drawables(generator: RoughGenerator, element: Element) {
  const { width: w, height: h } = element;
  switch (element.type) {
    case "rectangle": {
      if (!element.roundness) return [generator.rectangle(0, 0, w, h, roughOptions(element))];
      const r = cornerRadius(Math.min(w, h), element);
      const d = `M ${r} 0 L ${w - r} 0 Q ${w} 0, ${w} ${r} L ${w} ${h - r} Q ${w} ${h}, ${w - r} ${h} L ${r} ${h} Q 0 ${h}, 0 ${h - r} L 0 ${r} Q 0 0, ${r} 0`;
      return [generator.path(d, roughOptions(element, true))];
    }
    case "diamond": {
      const [topX, rightY] = [Math.floor(w / 2) + 1, Math.floor(h / 2) + 1];
      if (!element.roundness) return [generator.polygon([[topX, 0], [w, rightY], [topX, h], [0, rightY]], roughOptions(element))];
      const [v, r] = [cornerRadius(topX, element), cornerRadius(rightY, element)];
      const d = [
        `M ${topX + v} ${r} L ${w - v} ${rightY - r}`,
        `C ${w} ${rightY}, ${w} ${rightY}, ${w - v} ${rightY + r}`,
        `L ${topX + v} ${h - r}`,
        `C ${topX} ${h}, ${topX} ${h}, ${topX - v} ${h - r}`,
        `L ${v} ${rightY + r}`,
        `C 0 ${rightY}, 0 ${rightY}, ${v} ${rightY - r}`,
        `L ${topX - v} ${r}`,
        `C ${topX} 0, ${topX} 0, ${topX + v} ${r}`,
      ].join(" ");
      return [generator.path(d, roughOptions(element, true))];
    }
    case "ellipse":
      return [generator.ellipse(w / 2, h / 2, w, h, roughOptions(element))];
    case "line":
    case "arrow": {
      const points = element.points?.length ? element.points : [[0, 0] as [number, number]];
      const options = roughOptions(element);
      const line = element.roundness ? generator.curve(points, options) : generator.linearPath(points, options);
      if (element.type !== "arrow") return [line];
      return [
        line,
        ...(element.endArrowhead === null ? [] : arrowheadLines(generator, points, true, options)),
        ...(element.startArrowhead ? arrowheadLines(generator, points, false, options) : []),
      ];
    }
    default:
      return [];
  }
}

function textOf(element: Element): PreviewText {
  const fontSize = num(element.fontSize, 20);
  const align = element.textAlign === "center" ? "middle" : element.textAlign === "right" ? "end" : "start";
  const family = FONT_FAMILIES[num(element.fontFamily, 5)] ?? FONT_FAMILIES[5]!;
  return {
    lines: String(element.text ?? "").split("\n"),
    x: align === "middle" ? element.width / 2 : align === "end" ? element.width : 0,
    y: 0,
    fontSize,
    lineHeight: num(element.lineHeight, 1.25) * fontSize,
    fontFamily: `${family}, ${HANDWRITTEN_FALLBACK}`,
    color: element.strokeColor ?? "#1e1e1e",
    anchor: align,
  };
}

/** The scene's visible elements as SVG shapes, in the order given (the board's z-order). */
export function previewScene(elements: readonly WhiteboardElement[]): Preview | null {
  const visible = elements.filter((element) => !element.isDeleted) as Element[];
  const bounds = sceneBounds(visible);
  if (!bounds) return null;
  const generator = new RoughGenerator();
  const shapes: PreviewShape[] = [];
  for (const element of visible) {
    const x = num(element.x, 0);
    const y = num(element.y, 0);
    const degrees = (num(element.angle, 0) * 180) / Math.PI;
    const transform = `translate(${x} ${y})${degrees ? ` rotate(${degrees} ${element.width / 2} ${element.height / 2})` : ""}`;
    const opacity = num(element.opacity, 100) / 100;
    if (element.type === "text") {
      shapes.push({ id: element.id, transform, opacity, paths: [], text: textOf(element) });
      continue;
    }
    if (element.type === "freedraw") {
      const d = freehandPath(element);
      if (d) shapes.push({ id: element.id, transform, opacity, paths: [{ d, stroke: "none", strokeWidth: 0, fill: element.strokeColor ?? "#1e1e1e" }] });
      continue;
    }
    const options = roughOptions(element);
    const dash = options.strokeLineDash?.join(" ");
    const paths = drawables(generator, element).flatMap((drawable) =>
      generator.toPaths(drawable).map((path) => ({ d: path.d, stroke: path.stroke, strokeWidth: path.strokeWidth, fill: path.fill ?? "none", ...(dash && path.stroke !== "none" ? { dash } : {}) })),
    );
    if (paths.length) shapes.push({ id: element.id, transform, opacity, paths });
  }
  return { bounds, shapes, hasText: shapes.some((shape) => shape.text) };
}

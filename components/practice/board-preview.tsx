"use client";

import { useEffect, useMemo } from "react";
import { loadPreviewFont } from "@/lib/whiteboard/preview-font";
import { previewScene } from "@/lib/whiteboard/preview-shapes";
import type { WhiteboardElement } from "@/lib/whiteboard/scene-sync";

const PADDING = 40;

/** A drawn board as a still picture (SVG), fitted to its box: what the room shows until the editor is wanted. */
export function BoardPreview({ elements, label }: { elements: readonly WhiteboardElement[]; label: string }) {
  const preview = useMemo(() => previewScene(elements), [elements]);
  const hasText = preview?.hasText ?? false;
  useEffect(() => {
    if (hasText) void loadPreviewFont();
  }, [hasText]);
  if (!preview) return null;
  const { minX, minY, maxX, maxY } = preview.bounds;
  const viewBox = `${minX - PADDING} ${minY - PADDING} ${maxX - minX + 2 * PADDING} ${maxY - minY + 2 * PADDING}`;
  return (
    <svg role="img" aria-label={label} viewBox={viewBox} preserveAspectRatio="xMidYMid meet" className="h-full w-full" data-testid="board-preview">
      {preview.shapes.map((shape) => (
        <g key={shape.id} transform={shape.transform} opacity={shape.opacity}>
          {shape.paths.map((path, index) => (
            <path key={index} d={path.d} stroke={path.stroke} strokeWidth={path.strokeWidth} fill={path.fill} strokeDasharray={path.dash} strokeLinecap="round" />
          ))}
          {shape.text ? (
            <text fontSize={shape.text.fontSize} fontFamily={shape.text.fontFamily} fill={shape.text.color} textAnchor={shape.text.anchor}>
              {shape.text.lines.map((line, index) => (
                <tspan key={index} x={shape.text!.x} y={shape.text!.lineHeight * index + shape.text!.fontSize * 0.9}>
                  {line}
                </tspan>
              ))}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}

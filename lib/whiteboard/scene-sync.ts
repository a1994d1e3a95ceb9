// The whiteboard scene as Yjs state: one Y.Map per document, element id -> the element's plain JSON.
// Excalidraw already versions every element (version, versionNonce) and never removes one (a
// deletion is isDeleted: true), so the map only ever grows and each key keeps the winning version.
// Pure logic: no React, no Excalidraw runtime, so it runs in unit tests and on the server.
import type * as Y from "yjs";
import { WHITEBOARD_MAP_NAME } from "@/lib/sessions/document/shape";

/** The fields the sync relies on; the rest of an Excalidraw element is carried through untouched. */
export type WhiteboardElement = {
  id: string;
  version: number;
  versionNonce: number;
  isDeleted?: boolean;
  /** Excalidraw's fractional index (a string that sorts in z-order), null before it is assigned. */
  index?: string | null;
  [field: string]: unknown;
};

export type WhiteboardMap = Y.Map<WhiteboardElement>;

/** The scene map of a document (created on first use, shared by everyone who asks). */
export function getWhiteboardMap(doc: Y.Doc): WhiteboardMap {
  return doc.getMap<WhiteboardElement>(WHITEBOARD_MAP_NAME);
}

/**
 * Whether `incoming` should replace `stored`: a higher version wins; on equal versions the lower
 * versionNonce wins, the same tie-break as Excalidraw's reconcileElements, so every peer agrees.
 */
export function isNewerElement(incoming: Pick<WhiteboardElement, "version" | "versionNonce">, stored: Pick<WhiteboardElement, "version" | "versionNonce"> | undefined): boolean {
  if (!stored) return true;
  if (incoming.version !== stored.version) return incoming.version > stored.version;
  return incoming.versionNonce < stored.versionNonce;
}

/** A detached plain-JSON copy: Excalidraw mutates its elements in place, the map must not share them. */
function toPlain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Writes the elements that are new or newer than the stored ones, in one transaction tagged with
 * `origin`. Never deletes a key. Returns how many elements were written (0 means no Yjs update).
 */
export function applyLocalElements(ymap: WhiteboardMap, elements: readonly WhiteboardElement[], origin: unknown): number {
  const changed = new Map<string, WhiteboardElement>();
  for (const element of elements) {
    const current = changed.get(element.id) ?? ymap.get(element.id);
    if (isNewerElement(element, current)) changed.set(element.id, element);
  }
  if (changed.size === 0) return 0;
  const write = () => {
    for (const [id, element] of changed) ymap.set(id, toPlain(element));
  };
  if (ymap.doc) ymap.doc.transact(write, origin);
  else write();
  return changed.size;
}

function compareIndex(a: WhiteboardElement, b: WhiteboardElement): number {
  const ai = typeof a.index === "string" ? a.index : null;
  const bi = typeof b.index === "string" ? b.index : null;
  if (ai !== bi) {
    if (ai === null) return 1; // not yet indexed: drawn on top, after every indexed element
    if (bi === null) return -1;
    return ai < bi ? -1 : 1; // fractional indices compare by code unit, not by locale
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A stored value that looks like an element under its own id (peers' writes are not trusted). */
function isStoredElement(id: string, value: unknown): value is WhiteboardElement {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const element = value as Record<string, unknown>;
  return element.id === id && typeof element.type === "string" && Number.isFinite(element.version) && Number.isFinite(element.versionNonce);
}

/** How many elements the scene shows (Excalidraw keeps deleted ones, marked isDeleted). */
export function countDrawn(elements: readonly WhiteboardElement[]): number {
  return elements.filter((element) => !element.isDeleted).length;
}

/**
 * Every element (deleted ones included, as Excalidraw expects) in render order: by fractional
 * index, then id. Returns fresh copies; entries that are not element-shaped are skipped.
 */
export function readElements(ymap: WhiteboardMap): WhiteboardElement[] {
  const elements: WhiteboardElement[] = [];
  for (const [id, value] of ymap.entries()) if (isStoredElement(id, value)) elements.push(toPlain(value));
  return elements.sort(compareIndex);
}

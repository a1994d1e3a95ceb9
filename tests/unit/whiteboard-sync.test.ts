import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { WHITEBOARD_MAP_NAME } from "@/lib/sessions/document/shape";
import { applyLocalElements, getWhiteboardMap, readElements, type WhiteboardElement } from "@/lib/whiteboard/scene-sync";

const LOCAL = Symbol("local");

function element(id: string, fields: Partial<WhiteboardElement> = {}): WhiteboardElement {
  return { id, type: "rectangle", x: 0, y: 0, width: 10, height: 10, version: 1, versionNonce: 100, isDeleted: false, index: "a0", ...fields };
}

/** Two documents wired together the way the realtime layer does it: every update is sent over. */
function connectedPair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "remote") Y.applyUpdate(b, update, "remote");
  });
  b.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "remote") Y.applyUpdate(a, update, "remote");
  });
  return { a, b };
}

describe("whiteboard scene sync", () => {
  it("names the scene map", () => {
    const doc = new Y.Doc();
    expect(getWhiteboardMap(doc)).toBe(doc.getMap(WHITEBOARD_MAP_NAME));
  });

  it("two documents exchanging updates converge to the same element list", () => {
    const { a, b } = connectedPair();
    applyLocalElements(getWhiteboardMap(a), [element("r1", { index: "a0" }), element("r2", { index: "a1" })], LOCAL);
    applyLocalElements(getWhiteboardMap(b), [element("r3", { index: "a2", type: "ellipse" })], LOCAL);
    applyLocalElements(getWhiteboardMap(b), [element("r1", { index: "a0", version: 2, versionNonce: 7, x: 50 })], LOCAL);
    expect(readElements(getWhiteboardMap(a))).toEqual(readElements(getWhiteboardMap(b)));
    expect(readElements(getWhiteboardMap(a)).map((e) => [e.id, e.version])).toEqual([["r1", 2], ["r2", 1], ["r3", 1]]);
    expect(readElements(getWhiteboardMap(a))[0].x).toBe(50);
  });

  it("converges when concurrent edits are exchanged after the fact (offline peers)", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    // Both edit the same element to the same version; the lower versionNonce wins on both sides.
    applyLocalElements(getWhiteboardMap(a), [element("r1", { version: 3, versionNonce: 900, x: 1 })], LOCAL);
    applyLocalElements(getWhiteboardMap(b), [element("r1", { version: 3, versionNonce: 200, x: 2 })], LOCAL);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    // Whatever Yjs picked for the key, both sides hold the same value.
    expect(readElements(getWhiteboardMap(a))).toEqual(readElements(getWhiteboardMap(b)));
    // And a later local write resolves the tie the Excalidraw way on every peer.
    const ymapA = getWhiteboardMap(a);
    applyLocalElements(ymapA, [element("r1", { version: 3, versionNonce: 200, x: 2 })], LOCAL);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(ymapA.get("r1")?.versionNonce).toBe(200);
    expect(getWhiteboardMap(b).get("r1")?.versionNonce).toBe(200);
  });

  it("never lets a stale (lower version) element overwrite a newer one", () => {
    const doc = new Y.Doc();
    const ymap = getWhiteboardMap(doc);
    applyLocalElements(ymap, [element("r1", { version: 5, versionNonce: 10, x: 500 })], LOCAL);
    expect(applyLocalElements(ymap, [element("r1", { version: 4, versionNonce: 1, x: 400 })], LOCAL)).toBe(0);
    expect(ymap.get("r1")).toMatchObject({ version: 5, x: 500 });
    // Equal version: the lower versionNonce wins, a higher one is ignored.
    expect(applyLocalElements(ymap, [element("r1", { version: 5, versionNonce: 99, x: 999 })], LOCAL)).toBe(0);
    expect(applyLocalElements(ymap, [element("r1", { version: 5, versionNonce: 3, x: 300 })], LOCAL)).toBe(1);
    expect(ymap.get("r1")).toMatchObject({ version: 5, versionNonce: 3, x: 300 });
  });

  it("keeps deleted elements as isDeleted instead of removing them", () => {
    const { a, b } = connectedPair();
    applyLocalElements(getWhiteboardMap(a), [element("r1"), element("r2", { index: "a1" })], LOCAL);
    applyLocalElements(getWhiteboardMap(a), [element("r2", { index: "a1", version: 2, versionNonce: 5, isDeleted: true })], LOCAL);
    // A later write that omits r1 entirely does not delete it either.
    applyLocalElements(getWhiteboardMap(a), [], LOCAL);
    for (const doc of [a, b]) {
      const ymap = getWhiteboardMap(doc);
      expect([...ymap.keys()].sort()).toEqual(["r1", "r2"]);
      expect(ymap.get("r2")?.isDeleted).toBe(true);
      expect(readElements(ymap).find((e) => e.id === "r2")?.isDeleted).toBe(true);
    }
  });

  it("orders elements by fractional index, then id, with unindexed elements last", () => {
    const ymap = getWhiteboardMap(new Y.Doc());
    applyLocalElements(
      ymap,
      [element("z", { index: "a0" }), element("m", { index: null }), element("b", { index: "a1" }), element("a", { index: "a1" }), element("c", { index: "Zz" }), element("d", { index: "a0V" })],
      LOCAL,
    );
    // "Zz" < "a0" < "a0V" < "a1" by code unit (base-62 fractional indices), unlike a locale compare.
    expect(readElements(ymap).map((e) => e.id)).toEqual(["c", "z", "d", "a", "b", "m"]);
  });

  it("writes nothing (no Yjs update) when the elements are unchanged", () => {
    const doc = new Y.Doc();
    const ymap = getWhiteboardMap(doc);
    const scene = [element("r1"), element("r2", { index: "a1", version: 4, versionNonce: 8 })];
    applyLocalElements(ymap, scene, LOCAL);
    const updates: unknown[] = [];
    doc.on("update", (_update: Uint8Array, origin: unknown) => updates.push(origin));
    expect(applyLocalElements(ymap, scene, LOCAL)).toBe(0);
    expect(applyLocalElements(ymap, readElements(ymap), LOCAL)).toBe(0);
    expect(updates).toEqual([]);
    applyLocalElements(ymap, [element("r1", { version: 2, versionNonce: 1 })], LOCAL);
    expect(updates).toEqual([LOCAL]);
  });

  it("stores detached copies, so mutating an element in place does not change the map", () => {
    const ymap = getWhiteboardMap(new Y.Doc());
    const live = element("r1");
    applyLocalElements(ymap, [live], LOCAL);
    live.version = 9; // Excalidraw's mutateElement bumps versions in place
    expect(ymap.get("r1")?.version).toBe(1);
    const read = readElements(ymap)[0];
    read.version = 42;
    expect(ymap.get("r1")?.version).toBe(1);
    expect(applyLocalElements(ymap, [live], LOCAL)).toBe(1);
  });

  it("skips values that are not element-shaped", () => {
    const ymap = getWhiteboardMap(new Y.Doc());
    applyLocalElements(ymap, [element("ok")], LOCAL);
    (ymap as unknown as Y.Map<unknown>).set("junk", "not an element");
    (ymap as unknown as Y.Map<unknown>).set("wrong-id", { ...element("other") });
    expect(readElements(ymap).map((e) => e.id)).toEqual(["ok"]);
  });
});

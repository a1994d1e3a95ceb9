import { describe, expect, it } from "vitest";
import { lifecycleEventFor, listenToPagehideForUnload } from "@/lib/whiteboard/unload-as-pagehide";

describe("unload listeners become pagehide listeners", () => {
  it("maps only unload", () => {
    expect(lifecycleEventFor("unload")).toBe("pagehide");
    expect(lifecycleEventFor("beforeunload")).toBe("beforeunload");
    expect(lifecycleEventFor("resize")).toBe("resize");
  });

  it("registers and removes an unload listener as a pagehide one, other events unchanged", () => {
    const target = new EventTarget();
    listenToPagehideForUnload(target);
    listenToPagehideForUnload(target); // a second call changes nothing
    const seen: string[] = [];
    const onUnload = (event: Event) => seen.push(`unload listener got ${event.type}`);
    const onResize = (event: Event) => seen.push(`resize listener got ${event.type}`);
    target.addEventListener("unload", onUnload);
    target.addEventListener("resize", onResize);
    target.dispatchEvent(new Event("unload"));
    target.dispatchEvent(new Event("pagehide"));
    target.dispatchEvent(new Event("resize"));
    expect(seen).toEqual(["unload listener got pagehide", "resize listener got resize"]);

    target.removeEventListener("unload", onUnload);
    target.dispatchEvent(new Event("pagehide"));
    expect(seen).toHaveLength(2);
  });
});

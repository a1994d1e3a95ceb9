import { describe, expect, it } from "vitest";
import { AWARENESS_BURST, AWARENESS_RATE_PER_SECOND, newAwarenessBudget, takeAwarenessToken } from "@/lib/realtime/awareness-budget";
import { colorFor } from "@/lib/sessions/client/presence";
import { followedScroll } from "@/lib/whiteboard/follow-view";

describe("following someone's view of the board", () => {
  it("centres a viewport of another size on the same point of the scene, at the same zoom", () => {
    const view = { scrollX: -100, scrollY: 50, zoom: 2, width: 800, height: 600 };
    const centre = (v: { scrollX: number; scrollY: number }, size: { width: number; height: number }) => [size.width / 2 / view.zoom - v.scrollX, size.height / 2 / view.zoom - v.scrollY];
    const mine = { width: 1200, height: 400 };
    expect(centre(followedScroll(view, mine), mine)).toEqual(centre(view, view));
    expect(followedScroll(view, { width: 800, height: 600 })).toEqual({ scrollX: -100, scrollY: 50 });
  });
});

describe("presence budget per socket", () => {
  it("allows a burst, then the steady rate, and refills with time", () => {
    const budget = newAwarenessBudget(0);
    let allowed = 0;
    for (let i = 0; i < 200; i++) if (takeAwarenessToken(budget, 0)) allowed++;
    expect(allowed).toBe(AWARENESS_BURST);
    expect(takeAwarenessToken(budget, 0)).toBe(false);
    let later = 0;
    for (let i = 0; i < 200; i++) if (takeAwarenessToken(budget, 1000)) later++;
    expect(later).toBe(AWARENESS_RATE_PER_SECOND);
  });

  it("never troubles a client sending 10 updates a second", () => {
    const budget = newAwarenessBudget(0);
    for (let ms = 0; ms < 60_000; ms += 100) expect(takeAwarenessToken(budget, ms)).toBe(true);
  });
});

describe("a person's colour", () => {
  it("is the same on every screen and has a light variant for selections", () => {
    expect(colorFor("user-a")).toEqual(colorFor("user-a"));
    expect(colorFor("user-a").colorLight).toBe(`${colorFor("user-a").color}33`);
  });
});

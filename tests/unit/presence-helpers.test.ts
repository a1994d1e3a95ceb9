import { describe, expect, it } from "vitest";
import { EVENT_LIMITS, newSocketBudgets, takeToken } from "@/lib/realtime/event-limits";
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

describe("event budgets per socket", () => {
  const { perSecond, burst } = EVENT_LIMITS["awareness:update"];
  const take = (budget: ReturnType<typeof newSocketBudgets>, now: number) => takeToken(budget["awareness:update"], perSecond, burst, now);

  it("allow a burst, then the steady rate, and refill with time", () => {
    const budget = newSocketBudgets(0);
    let allowed = 0;
    for (let i = 0; i < 200; i++) if (take(budget, 0)) allowed++;
    expect(allowed).toBe(burst);
    expect(take(budget, 0)).toBe(false);
    let later = 0;
    for (let i = 0; i < 200; i++) if (take(budget, 1000)) later++;
    expect(later).toBe(perSecond);
  });

  it("never trouble a client sending 10 presence updates and 7 edit batches a second", () => {
    const budget = newSocketBudgets(0);
    const edits = EVENT_LIMITS["doc:update"];
    for (let ms = 0; ms < 60_000; ms += 100) {
      expect(take(budget, ms)).toBe(true);
      if (ms % 150 < 100) expect(takeToken(budget["doc:update"], edits.perSecond, edits.burst, ms)).toBe(true);
    }
  });
});

describe("a person's colour", () => {
  it("is the same on every screen and has a light variant for selections", () => {
    expect(colorFor("user-a")).toEqual(colorFor("user-a"));
    expect(colorFor("user-a").colorLight).toBe(`${colorFor("user-a").color}33`);
  });
});

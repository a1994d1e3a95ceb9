/**
 * Excalidraw 0.18 listens for `unload` on the window while the board is editable (to drop a held
 * Space key). Chrome deprecates `unload` listeners: they keep the page out of the back/forward
 * cache, and Lighthouse flags them. `pagehide` fires whenever `unload` would (and also when the
 * page enters that cache), so the board's listener is registered for `pagehide` instead.
 */
export function lifecycleEventFor(type: string): string {
  return type === "unload" ? "pagehide" : type;
}

const PATCHED = Symbol.for("sdp.unloadAsPagehide");

/** Makes every `unload` listener added to (and removed from) `target` from now on a `pagehide` one. */
export function listenToPagehideForUnload(target: EventTarget = window): void {
  const patched = target as EventTarget & { [PATCHED]?: true };
  if (patched[PATCHED]) return;
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (type, listener, options) => add(lifecycleEventFor(type), listener, options);
  target.removeEventListener = (type, listener, options) => remove(lifecycleEventFor(type), listener, options);
  Object.defineProperty(target, PATCHED, { value: true });
}

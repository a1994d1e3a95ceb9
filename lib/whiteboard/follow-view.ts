/** What one person's board view is: Excalidraw's scroll, zoom and viewport size. */
export type BoardView = { scrollX: number; scrollY: number; zoom: number; width: number; height: number };

/**
 * The scroll that centres a viewport of `size` on the same point of the scene as `view` does, at
 * the same zoom. Excalidraw maps a viewport point p to the scene point p / zoom - scroll.
 */
export function followedScroll(view: BoardView, size: { width: number; height: number }): { scrollX: number; scrollY: number } {
  const centreX = view.width / 2 / view.zoom - view.scrollX;
  const centreY = view.height / 2 / view.zoom - view.scrollY;
  return { scrollX: size.width / 2 / view.zoom - centreX, scrollY: size.height / 2 / view.zoom - centreY };
}

// Excalidraw's hand-drawn font for the board preview, from our own copy of Excalidraw's fonts
// (scripts/copy-excalidraw-assets.mjs). Only the Latin subset: a preview needs no more, and the
// editor loads the rest when it opens. The file name and range are those of Excalidraw 0.18's
// fonts/Excalifont (a unit test fails if an upgrade renames the file).
export const EXCALIFONT_LATIN_FILE = "Excalifont-Regular-a88b72a24fb54c9f94e3b5fdaa7481c9.woff2";
const LATIN_RANGE =
  "U+20-7e,U+a0-a3,U+a5-a6,U+a8-ab,U+ad-b1,U+b4,U+b6-b8,U+ba-ff,U+131,U+152-153,U+2bc,U+2c6,U+2da,U+2dc,U+304,U+308,U+2013-2014,U+2018-201a,U+201c-201e,U+2020,U+2022,U+2024-2026,U+2030,U+2039-203a,U+20ac,U+2122,U+2212";

/** Where public/excalidraw-assets/ is served; Excalidraw appends "fonts/<Family>/<file>.woff2". */
export const EXCALIDRAW_ASSET_PATH = "/excalidraw-assets/";

let loading: Promise<void> | null = null;

/** Adds the font to the page once (a no-op where the FontFace API is missing). */
export function loadPreviewFont(assetPath = EXCALIDRAW_ASSET_PATH): Promise<void> {
  if (loading) return loading;
  if (typeof FontFace === "undefined" || typeof document === "undefined") return Promise.resolve();
  const face = new FontFace("Excalifont", `url(${assetPath}fonts/Excalifont/${EXCALIFONT_LATIN_FILE}) format("woff2")`, { unicodeRange: LATIN_RANGE });
  document.fonts.add(face);
  loading = face.load().then(
    () => undefined,
    () => undefined,
  );
  return loading;
}

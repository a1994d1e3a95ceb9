/**
 * Excalidraw lists a CDN copy (esm.sh) after our own copy of each font. The browser would only
 * fetch it if ours failed, but it checks every listed source against the Content-Security-Policy
 * as the font face is made, so each CDN source is reported as a violation. We serve the fonts
 * ourselves and want no third party on the page: drop the other-origin sources.
 */
export function onlySameOriginSources(source: string, origin: string): string {
  const entries = source.split(/,\s*(?=url\(|local\()/);
  const kept = entries.filter((entry) => {
    const url = /^\s*url\(\s*['"]?([^'")]+)/.exec(entry)?.[1];
    if (!url || /^(data|blob):/i.test(url)) return true;
    try {
      return new URL(url, origin).origin === origin;
    } catch {
      return false;
    }
  });
  return kept.length > 0 ? kept.join(", ") : source;
}

const PATCHED = Symbol.for("sdp.selfHostedFontFace");

/** Makes every FontFace created from now on in this window use only same-origin sources. */
export function keepFontsSelfHosted(): void {
  const Native = window.FontFace as typeof FontFace & { [PATCHED]?: true };
  if (Native[PATCHED]) return;
  const origin = window.location.origin;
  class SelfHostedFontFace extends Native {
    constructor(family: string, source: string | BufferSource, descriptors?: FontFaceDescriptors) {
      super(family, typeof source === "string" ? onlySameOriginSources(source, origin) : source, descriptors);
    }
  }
  Object.defineProperty(SelfHostedFontFace, PATCHED, { value: true });
  window.FontFace = SelfHostedFontFace;
}

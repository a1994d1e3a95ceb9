import { describe, expect, it } from "vitest";
import { onlySameOriginSources } from "@/lib/whiteboard/self-hosted-fonts";

const ORIGIN = "https://drills.example";

describe("the whiteboard's fonts come from the app alone", () => {
  it("drops Excalidraw's CDN fallback and keeps our own copy", () => {
    const source =
      "url(https://drills.example/excalidraw-assets/fonts/Virgil/Virgil-Regular.woff2) format('woff2'), url(https://esm.sh/@excalidraw/excalidraw@0.18.1/dist/prod/fonts/Virgil/Virgil-Regular.woff2) format('woff2')";
    expect(onlySameOriginSources(source, ORIGIN)).toBe("url(https://drills.example/excalidraw-assets/fonts/Virgil/Virgil-Regular.woff2) format('woff2')");
  });

  it("keeps relative, quoted and local() sources, and leaves a list with nothing of ours as it was", () => {
    expect(onlySameOriginSources("url('/fonts/a.woff2') format('woff2'), local(Arial)", ORIGIN)).toBe("url('/fonts/a.woff2') format('woff2'), local(Arial)");
    expect(onlySameOriginSources("url(data:font/woff2;base64,AAAA), url(https://esm.sh/x.woff2)", ORIGIN)).toBe("url(data:font/woff2;base64,AAAA)");
    const foreign = "url(https://esm.sh/x.woff2)";
    expect(onlySameOriginSources(foreign, ORIGIN)).toBe(foreign);
  });
});

import { describe, expect, it } from "vitest";
import { appOrigins, crossSiteRefusal, handshakeOriginRefusal } from "@/lib/http/same-origin";

const allowed = appOrigins({ NEXTAUTH_URL: "https://practice.example.org", APP_ORIGINS: ["https://drills.example.org"] });
const own = { host: "practice.example.org" };

describe("refusing state-changing requests from other sites", () => {
  it("lets the app's own pages post, by its public URL, a listed origin or the Host it was sent to", () => {
    expect(crossSiteRefusal("POST", { ...own, origin: "https://practice.example.org" }, allowed)).toBeNull();
    expect(crossSiteRefusal("POST", { ...own, origin: "https://drills.example.org" }, allowed)).toBeNull();
    expect(crossSiteRefusal("DELETE", { host: "10.0.0.5:3001", origin: "http://10.0.0.5:3001" }, allowed)).toBeNull();
    expect(crossSiteRefusal("POST", { ...own, "sec-fetch-site": "same-origin" }, allowed)).toBeNull();
  });

  it("refuses another site, another port of the same host, an opaque origin and a same-site fetch", () => {
    expect(crossSiteRefusal("POST", { ...own, origin: "https://evil.test" }, allowed)).toMatch(/another site \(https:\/\/evil\.test\)/);
    expect(crossSiteRefusal("POST", { host: "localhost:3000", origin: "http://localhost:4000" }, allowed)).not.toBeNull();
    expect(crossSiteRefusal("POST", { ...own, origin: "null" }, allowed)).not.toBeNull();
    expect(crossSiteRefusal("PATCH", { ...own, "sec-fetch-site": "same-site" }, allowed)).not.toBeNull();
    expect(crossSiteRefusal("PUT", { ...own, "sec-fetch-site": "cross-site" }, allowed)).not.toBeNull();
  });

  it("leaves reads alone, and programs that send neither header (they hold their own cookie)", () => {
    expect(crossSiteRefusal("GET", { ...own, origin: "https://evil.test", "sec-fetch-site": "cross-site" }, allowed)).toBeNull();
    expect(crossSiteRefusal("POST", own, allowed)).toBeNull();
  });
});

describe("refusing live connections from other origins", () => {
  it("accepts the app's pages and programs without an Origin, and refuses any other page", () => {
    expect(handshakeOriginRefusal({ ...own, origin: "https://practice.example.org" }, allowed)).toBeNull();
    expect(handshakeOriginRefusal(own, allowed)).toBeNull();
    expect(handshakeOriginRefusal({ host: "localhost:3000", origin: "http://localhost:3001" }, allowed)).toMatch(/^forbidden: a page at http:\/\/localhost:3001/);
    expect(handshakeOriginRefusal({ ...own, origin: "chrome-extension://abc" }, allowed)).not.toBeNull();
  });
});

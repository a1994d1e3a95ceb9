import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { methodLabel, OTHER_ROUTE, ROUTE_TEMPLATES, routeLabel } from "@/lib/metrics/route-label";

const id = randomUUID();
const token = randomBytes(24).toString("base64url");
const LABELS = new Set<string>([...ROUTE_TEMPLATES, OTHER_ROUTE]);

/** Every page, route handler and metadata file under app/, as a route template ("[id]" -> ":id", "[...x]" -> "*"). */
function appRouteTemplates(dir = "app", prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = /^\[\.\.\.\w+\]$/.test(entry.name) ? "*" : entry.name.replace(/^\[(\w+)\]$/, ":$1");
      found.push(...appRouteTemplates(path.join(dir, entry.name), `${prefix}/${segment}`));
    } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) found.push(prefix || "/");
    else if (/^(icon|favicon|robots|sitemap|manifest)\./.test(entry.name)) found.push(`${prefix}/${entry.name}`);
  }
  return found;
}

/** A concrete path of a template: an id for each parameter, a few segments for a catch-all. */
const pathOf = (template: string) => template.replace(/:\w+/g, id).replace(/\*$/, `x/${token}/y.js`);

describe("route labels of the HTTP metrics", () => {
  it("has a template for every page and route handler in app/, except the API's catch-all 404", () => {
    const routes = appRouteTemplates().filter((template) => template !== "/api/*");
    expect(routes.length).toBeGreaterThan(40);
    for (const template of routes) expect(routeLabel(pathOf(template)), template).toBe(template);
    expect(routeLabel(pathOf("/api/*"))).toBe(OTHER_ROUTE);
  });

  it("turns ids, slugs and invite tokens into their parameter's name", () => {
    expect(routeLabel(`/practice/${id}`)).toBe("/practice/:id");
    expect(routeLabel(`/api/practice/${id}/advance`)).toBe("/api/practice/:id/advance");
    expect(routeLabel(`/join/${token}`)).toBe("/join/:token");
    expect(routeLabel("/questions/url-shortener")).toBe("/questions/:slug");
    expect(routeLabel(`/api/readiness/checklists/core-concepts/items/${id}`)).toBe("/api/readiness/checklists/:key/items/:item");
  });

  it("prefers a fixed segment and falls back to a parameter when the fixed one leads nowhere", () => {
    expect(routeLabel("/practice/new")).toBe("/practice/new");
    expect(routeLabel("/practice/new/grade")).toBe("/practice/:id/grade");
    expect(routeLabel("/api/rooms/join")).toBe("/api/rooms/join");
  });

  it("collapses Next.js's static files, next-auth and the whiteboard's fonts into one label each", () => {
    expect(routeLabel("/_next/static/chunks/app/page-3f9a1c.js")).toBe("/_next/*");
    expect(routeLabel("/_next/image?url=%2Fa.png&w=64")).toBe("/_next/*");
    expect(routeLabel("/api/auth/callback/credentials")).toBe("/api/auth/*");
    expect(routeLabel("/excalidraw-assets/fonts/Virgil.woff2")).toBe("/excalidraw-assets/*");
  });

  it("ignores the query string and one trailing slash", () => {
    expect(routeLabel(`/practice/${id}?_rsc=${token}`)).toBe("/practice/:id");
    expect(routeLabel("/questions/?page=2")).toBe("/questions");
    expect(routeLabel("/?x=1")).toBe("/");
  });

  it("calls every path it does not know 'other', however it is spelled", () => {
    for (const url of ["/wp-login.php", "/api/nope", `/api/practice/${id}/explode`, `/practice/${id}/grade/extra`, "//practice", "/practice//grade", "", "*", "http://evil.test/"]) {
      expect(routeLabel(url), url).toBe(OTHER_ROUTE);
    }
  });

  it("never gives a label outside the table, so no id or token can become one", () => {
    const segment = fc.oneof(fc.constantFrom("practice", "api", "join", "questions", "_next", "grade", "new", "history", "auth", ""), fc.uuid(), fc.string({ maxLength: 12 }));
    const url = fc.tuple(fc.array(segment, { maxLength: 6 }), fc.option(fc.string({ maxLength: 10 }))).map(([segments, query]) => `/${segments.join("/")}${query === null ? "" : `?${query}`}`);
    fc.assert(
      fc.property(url, (target) => {
        expect(LABELS.has(routeLabel(target))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the method label to the standard methods", () => {
    expect(methodLabel("GET")).toBe("GET");
    expect(methodLabel("PATCH")).toBe("PATCH");
    expect(methodLabel("PROPFIND")).toBe(OTHER_ROUTE);
    expect(methodLabel(`X-${token}`)).toBe(OTHER_ROUTE);
    expect(methodLabel(undefined)).toBe(OTHER_ROUTE);
  });
});

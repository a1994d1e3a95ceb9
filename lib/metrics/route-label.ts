// The `route` label of the HTTP metrics: the route a path belongs to, never the path itself, so an
// id, slug or invite token never reaches the metrics and the label has one value per route. The
// table mirrors app/ (a unit test checks that every page and route there has its template here);
// anything else, including the API's catch-all 404, is "other".

export const OTHER_ROUTE = "other";

/** `:name` matches one segment, a trailing `*` the rest of the path. */
export const ROUTE_TEMPLATES = [
  "/",
  "/_next/*",
  "/excalidraw-assets/*",
  "/icon.svg",
  "/metrics",
  "/signin",
  "/signup",
  "/questions",
  "/questions/:slug",
  "/practice",
  "/practice/new",
  "/practice/:id",
  "/practice/:id/grade",
  "/practice/:id/next-round",
  "/history",
  "/history/:id",
  "/readiness",
  "/settings",
  "/account-deleted",
  "/join/:token",
  "/api/auth/*",
  "/api/health",
  "/api/openapi.json",
  "/api/docs",
  "/api/ready",
  "/api/signup",
  "/api/questions",
  "/api/questions/:slug",
  "/api/questions/:slug/reference",
  "/api/practice",
  "/api/practice/:id",
  "/api/practice/:id/abandon",
  "/api/practice/:id/advance",
  "/api/practice/:id/chat",
  "/api/practice/:id/finish",
  "/api/practice/:id/grade",
  "/api/practice/:id/invite",
  "/api/practice/:id/meeting-link",
  "/api/practice/:id/next-round",
  "/api/practice/:id/observer-chat",
  "/api/practice/:id/pause",
  "/api/practice/:id/peer-grade",
  "/api/practice/:id/rating",
  "/api/practice/:id/ready",
  "/api/practice/:id/seats",
  "/api/practice/:id/start",
  "/api/history/:id/export.md",
  "/api/history/:id/updates",
  "/api/me",
  "/api/me/default-plan",
  "/api/me/export",
  "/api/me/password",
  "/api/me/settings",
  "/api/me/question-stats",
  "/api/me/sign-out-everywhere",
  "/api/readiness/checklists/:key/items/:item",
  "/api/readiness/roadmap",
  "/api/readiness/roadmap/items/:item",
  "/api/rooms",
  "/api/rooms/join",
] as const;

export type RouteLabel = (typeof ROUTE_TEMPLATES)[number] | typeof OTHER_ROUTE;

type Node = { literal: Map<string, Node>; param?: Node; rest?: RouteLabel; label?: RouteLabel };

const newNode = (): Node => ({ literal: new Map() });

function compile(templates: readonly RouteLabel[]): Node {
  const root = newNode();
  for (const template of templates) {
    let node = root;
    const segments = template === "/" ? [] : template.slice(1).split("/");
    for (const [index, segment] of segments.entries()) {
      if (segment === "*" && index === segments.length - 1) {
        node.rest = template;
        break;
      }
      if (segment.startsWith(":")) node = node.param ??= newNode();
      else {
        let next = node.literal.get(segment);
        if (!next) node.literal.set(segment, (next = newNode()));
        node = next;
      }
      if (index === segments.length - 1) node.label = template;
    }
    if (!segments.length) root.label = template;
  }
  return root;
}

const ROOT = compile(ROUTE_TEMPLATES);

/** Literal segments win over a parameter; a parameter that leads nowhere gives way to a catch-all. */
function match(node: Node, segments: string[], index: number): RouteLabel | undefined {
  if (index === segments.length) return node.label;
  const segment = segments[index]!;
  const literal = node.literal.get(segment);
  const found = segment !== "" && ((literal && match(literal, segments, index + 1)) || (node.param && match(node.param, segments, index + 1)));
  return found || node.rest;
}

/** The route template `url` (a request target: path and query) belongs to, or "other". */
export function routeLabel(url: string | undefined): RouteLabel {
  if (!url || url[0] !== "/") return OTHER_ROUTE;
  const queryAt = url.indexOf("?");
  let path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1); // Next redirects "/x/" to "/x"
  if (path === "/") return "/";
  return match(ROOT, path.slice(1).split("/"), 0) ?? OTHER_ROUTE;
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** The `method` label: the standard methods as they are, anything else "other". */
export function methodLabel(method: string | undefined): string {
  return method && METHODS.has(method) ? method : OTHER_ROUTE;
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/http/openapi/build-document";
import { HTTP_METHODS } from "@/lib/http/openapi/operation";
import { UNDOCUMENTED_ROUTES } from "@/lib/http/openapi/undocumented-routes";
import { documentValidator } from "../factories/openapi";

const ROOT = path.resolve(import.meta.dirname, "../..");
const API_DIR = path.join(ROOT, "app/api");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** The HTTP methods a route file exports: `export const GET`, `export function GET`, `export { handler as GET }`. */
function exportedMethods(source: string): string[] {
  const file = ts.createSourceFile("route.ts", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names: string[] = [];
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if (ts.isFunctionDeclaration(statement) && exported(statement) && statement.name) {
      names.push(statement.name.text);
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
  }
  return names.filter((name) => (HTTP_METHODS as readonly string[]).includes(name.toLowerCase())).map((name) => name.toLowerCase());
}

type Route = { file: string; template: string; catchAllPrefix: string | null; methods: string[] };

/** app/api/practice/[id]/route.ts -> /api/practice/{id}; a catch-all [...x] claims everything under its prefix. */
function toRoute(file: string): Route {
  const segments = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep);
  const catchAll = segments.findIndex((segment) => segment.startsWith("[..."));
  const template = `/${segments.map((segment) => segment.replace(/^\[(?!\.\.\.)(.+)\]$/, "{$1}")).join("/")}`;
  return {
    file: path.relative(ROOT, file),
    template,
    catchAllPrefix: catchAll === -1 ? null : `/${segments.slice(0, catchAll).join("/")}/`,
    methods: exportedMethods(readFileSync(file, "utf8")),
  };
}

const routes = routeFiles(API_DIR).map(toRoute);
const undocumented = new Set(UNDOCUMENTED_ROUTES.map((entry) => entry.file));
const described = routes.filter((route) => !undocumented.has(route.file));
const document = buildOpenApiDocument();
const operations = Object.entries(document.paths).flatMap(([documentedPath, item]) => Object.keys(item).map((method) => ({ path: documentedPath, method })));

describe("the OpenAPI document covers every route under app/api", () => {
  it("reads the exported methods of every kind of route file", () => {
    expect(exportedMethods("export const GET = route(async () => x);\nexport const POST = x;\nexport const dynamic = 'force-dynamic';")).toEqual(["get", "post"]);
    expect(exportedMethods("export async function GET() {}\nfunction PUT() {}")).toEqual(["get"]);
    expect(exportedMethods("export { handler as GET, handler as POST, other as helper };")).toEqual(["get", "post"]);
    expect(routes.length).toBeGreaterThan(25);
    for (const route of routes) expect(route.methods.length, route.file).toBeGreaterThan(0);
  });

  it("maps folders to OpenAPI paths", () => {
    const template = (file: string) => routes.find((route) => route.file === file)?.template;
    expect(template("app/api/practice/[id]/advance/route.ts")).toBe("/api/practice/{id}/advance");
    expect(template("app/api/history/[id]/export.md/route.ts")).toBe("/api/history/{id}/export.md");
    expect(template("app/api/readiness/checklists/[key]/items/[item]/route.ts")).toBe("/api/readiness/checklists/{key}/items/{item}");
    expect(routes.find((route) => route.file === "app/api/auth/[...nextauth]/route.ts")?.catchAllPrefix).toBe("/api/auth/");
  });

  it("describes every method of every route", () => {
    const missing: string[] = [];
    for (const route of described) {
      for (const method of route.methods) {
        const found = route.catchAllPrefix
          ? operations.some((operation) => operation.method === method && operation.path.startsWith(route.catchAllPrefix!))
          : operations.some((operation) => operation.method === method && operation.path === route.template);
        if (!found) missing.push(`${method.toUpperCase()} ${route.template} (${route.file})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("describes nothing that does not exist", () => {
    const invented: string[] = [];
    for (const operation of operations) {
      const exact = described.find((route) => !route.catchAllPrefix && route.template === operation.path);
      const owner = exact ?? described.find((route) => route.catchAllPrefix && operation.path.startsWith(route.catchAllPrefix) && !routes.some((other) => other.template === operation.path));
      if (!owner?.methods.includes(operation.method)) invented.push(`${operation.method.toUpperCase()} ${operation.path}`);
    }
    expect(invented).toEqual([]);
  });

  it("leaves out only the routes listed with a reason, and those still exist", () => {
    // Anything else under a left-out catch-all fails "describes nothing that does not exist" above.
    for (const entry of UNDOCUMENTED_ROUTES) {
      expect(routes.map((route) => route.file), entry.file).toContain(entry.file);
      expect(entry.reason.length).toBeGreaterThan(20);
    }
  });
});

describe("the OpenAPI document itself", () => {
  it("is OpenAPI 3.1 with the app's name and version, a relative server and the session cookie scheme", async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.title).toContain(pkg.name);
    expect(document.info.version).toBe(pkg.version);
    expect(document.servers).toEqual([{ url: "/" }]);
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie", name: "next-auth.session-token" });
    expect(document.info.description).toMatch(/Origin/);
    expect(document.paths["/api/practice/{id}/grade"]!.put!.security).toEqual([{ sessionCookie: [] }]);
    expect(document.paths["/api/questions"]!.get!.security).toEqual([]);
  });

  it("describes every error with the one Error component", () => {
    const validator = documentValidator(document);
    expect(validator.compileAll()).toBeGreaterThan(80);
    for (const { path: documentedPath, method } of operations) {
      const responses = document.paths[documentedPath]![method]!.responses;
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400 || (documentedPath === "/api/ready" && status === "503")) continue;
        expect(response.content?.["application/json"]?.schema, `${method} ${documentedPath} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
      }
    }
    expect(validator.check("components/schemas/Error", { error: { code: "NOT_FOUND", message: "That session was not found." } })).toEqual([]);
    expect(validator.check("components/schemas/Error", { error: { code: "NOPE", message: "x" } })).not.toEqual([]);
    expect(validator.check("components/schemas/Error", { message: "x" })).not.toEqual([]);
  });

  it("gives every state-changing operation a 403 for requests from another site, and every session route a 401", () => {
    for (const { path: documentedPath, method } of operations) {
      const operation = document.paths[documentedPath]![method]!;
      if (method !== "get") expect(Object.keys(operation.responses), `${method} ${documentedPath}`).toContain("403");
      if (operation.security.length > 0) expect(Object.keys(operation.responses), `${method} ${documentedPath}`).toContain("401");
    }
  });
});

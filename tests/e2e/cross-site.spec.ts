import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

// A page of another site, or of another port of this host (which browsers treat as the same site
// and send the visitor's cookies to), must not change anything with the visitor's session.

const startBody = { questionSlug: "web-crawler", plan: [{ key: "clarify", minutes: 5 }, { key: "deep_dive", minutes: 20 }] };

test("state-changing requests from another origin are refused, and JSON must be sent as JSON", async ({ page, baseURL }) => {
  await signUp(page);
  const api = page.request;
  const post = (headers: Record<string, string>, data: unknown = startBody) => api.post("/api/practice", { headers, data: typeof data === "string" ? data : JSON.stringify(data) });

  const refused: Record<string, string>[] = [
    { "content-type": "application/json", origin: "http://evil.test" },
    { "content-type": "application/json", origin: "http://localhost:1" },
    { "content-type": "application/json", origin: "null" },
    { "content-type": "application/json", "sec-fetch-site": "same-site" },
    { "content-type": "application/json", "sec-fetch-site": "cross-site" },
  ];
  for (const headers of refused) {
    const response = await post(headers);
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    const body = await response.json();
    expect(body.error.code).toBe("FORBIDDEN");
    expect(body.error.message).toMatch(/came from another site/);
  }

  // A body that only claims JSON in a parameter is what a form or a no-cors fetch can send.
  const disguised = await post({ "content-type": "text/plain; x=application/json", origin: new URL(baseURL!).origin });
  expect(disguised.status()).toBe(415);
  expect((await disguised.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");

  // The app's own page, and a program without browser headers, still work.
  expect((await post({ "content-type": "application/json", origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" })).status()).toBe(201);
  expect((await post({ "content-type": "application/json; charset=utf-8" })).status()).toBe(201);
});

test("a page on another port of the same host cannot start, finish or change anything in a real browser", async ({ page, baseURL }) => {
  await signUp(page);
  const created = await page.request.post("/api/practice", { data: startBody });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const app = new URL(baseURL!).origin;

  // The attacker's page: a no-cors fetch that starts a session and overwrites the default plan,
  // and a plain form that finishes the victim's session. Both carry the visitor's cookies.
  const attack = `<!doctype html><body>
    <form id="finish" method="POST" action="${app}/api/practice/${id}/finish"><input name="x" value="1"></form>
    <script>
      const json = (body) => ({ method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: JSON.stringify(body) });
      Promise.allSettled([
        fetch("${app}/api/practice", json(${JSON.stringify(startBody)})),
        fetch("${app}/api/me/default-plan", { ...json({ plan: [{ key: "clarify", minutes: 1 }] }), method: "PUT" }),
        fetch("${app}/api/practice/${id}/advance", json({})),
      ]).then(() => { document.title = "sent"; document.getElementById("finish").submit(); });
    </script></body>`;
  const attacker: Server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(attack));
  await new Promise<void>((resolve) => attacker.listen(0, "localhost", resolve));
  try {
    const { port } = attacker.address() as AddressInfo;
    const responses: number[] = [];
    page.on("response", (response) => response.url().startsWith(app) && responses.push(response.status()));
    await page.goto(`http://localhost:${port}/`);
    await expect(page).toHaveURL(new RegExp(`/api/practice/${id}/finish$`), { timeout: 15_000 });
    expect(await page.locator("body").textContent()).toContain("came from another site");
    expect(responses).toContain(403);
  } finally {
    attacker.close();
  }

  const sessions = (await (await page.request.get("/api/practice")).json()).sessions as { id: string }[];
  expect(sessions.map((session) => session.id)).toEqual([id]); // no session was started
  const snapshot = await (await page.request.get(`/api/practice/${id}`)).json();
  expect(snapshot.status).toBe("active");
  expect(snapshot.advances).toEqual([]); // and no phase was advanced
});

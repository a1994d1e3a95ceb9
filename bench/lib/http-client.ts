// A signed-in visitor of the app over plain HTTP: sign up, sign in through next-auth's credentials
// form, and call the JSON API with the cookies the answers set (a small cookie jar).
import { DEFAULT_PLAN, type Plan } from "../../lib/sessions/plan";

const PASSWORD = "a sturdy benchmark passphrase";

export class HttpVisitor {
  private cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  /** The Cookie header a browser would send (next-auth's session token among them). */
  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(path: string, init: { method?: string; json?: unknown; form?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader };
    let body: string | undefined;
    if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
    } else if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(new URL(path, this.baseUrl), { method: init.method ?? (body ? "POST" : "GET"), headers, body, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    return response;
  }

  async json<T>(path: string, init: Parameters<HttpVisitor["request"]>[1] = {}): Promise<T> {
    const response = await this.request(path, init);
    if (!response.ok) throw new Error(`${init.method ?? "POST"} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Creates an account and signs in with it, as the sign-up page does. */
  async signUp(email: string, name: string): Promise<void> {
    await this.json("/api/signup", { json: { name, email, password: PASSWORD } });
    const { csrfToken } = await this.json<{ csrfToken: string }>("/api/auth/csrf", { method: "GET" });
    const signIn = await this.json<{ url: string }>("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: PASSWORD, callbackUrl: "/questions", json: "true" },
    });
    if (signIn.url.includes("error=") || !this.cookies.has("next-auth.session-token")) throw new Error(`sign-in failed: ${signIn.url}`);
  }

  /** Starts a solo session on `questionSlug` and moves it on `advances` phases; returns its id. */
  async startSolo(questionSlug: string, advances = 0, plan: Plan = DEFAULT_PLAN): Promise<string> {
    const { id } = await this.json<{ id: string }>("/api/practice", { json: { questionSlug, plan } });
    for (let fromPhase = 0; fromPhase < advances; fromPhase++) await this.json(`/api/practice/${id}/advance`, { json: { fromPhase } });
    return id;
  }
}

import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { AppError, toErrorBody } from "@/lib/http/errors";
import { log } from "@/lib/log/logger";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

const asJson = (error: AppError, headers?: Record<string, string>) => {
  const { status, body } = toErrorBody(error);
  return NextResponse.json(body, { status, headers });
};

// Built on first request, not at import, so `next build` never needs the runtime secret.
async function handler(request: Request, context: RouteContext) {
  const [action, provider] = (await context.params).nextauth;
  // Signing in with a password is a POST from the form; next-auth answers a GET there with a 500.
  if (request.method === "GET" && action === "callback" && provider === "credentials") {
    return asJson(new AppError("METHOD_NOT_ALLOWED", "Sign in with the form at /signin: this address only takes the form's POST."), { Allow: "POST" });
  }
  try {
    const response: Response = await NextAuth(authOptions())(request, context);
    // An action or provider next-auth does not know (GitHub's callback with no GitHub keys set) gets its plain-text 400.
    if (response.status === 400 && response.headers.get("content-type")?.startsWith("text/plain")) {
      return asJson(new AppError("BAD_REQUEST", "That sign-in address is not one this app serves. Start again from /signin."));
    }
    return response;
  } catch (error) {
    // next-auth answers some malformed requests by throwing (a plain-text 500 otherwise).
    log.warn({ err: error }, "auth request refused");
    return asJson(new AppError("BAD_REQUEST", "That sign-in request could not be handled. Start again from /signin."));
  }
}

export { handler as GET, handler as POST };

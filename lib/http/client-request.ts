"use client";

import type { ErrorCode } from "./errors";

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; code: ErrorCode | "NETWORK"; message: string };

const NETWORK = "The server could not be reached. Check your connection and try again.";

/**
 * The browser's one way to call the app's JSON API: sends JSON, reads the one error shape, and
 * turns a dead network into a message a person can act on. Never throws.
 */
export async function apiRequest<T>(url: string, options: { method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; body?: unknown } = {}): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      method: options.method ?? (options.body === undefined ? "GET" : "POST"),
      headers: options.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const json = await response.json().catch(() => null);
    if (response.ok) return { ok: true, status: response.status, data: json as T };
    const error = (json as { error?: { code?: ErrorCode; message?: string } } | null)?.error;
    return { ok: false, status: response.status, code: error?.code ?? "INTERNAL", message: error?.message ?? "That did not work. Please try again." };
  } catch {
    return { ok: false, status: 0, code: "NETWORK", message: NETWORK };
  }
}

// Requests as a browser sends them, for route tests that call loaders and actions directly.
import type { ActionFunctionArgs } from "@remix-run/node";

export const BASE = "http://localhost";

/** The arguments Remix passes a loader or an action. */
export function routeArgs(request: Request, params: Record<string, string> = {}): ActionFunctionArgs {
  return { request, params, context: {} } as ActionFunctionArgs;
}

/** A form POST as a browser on this site sends it: with an Origin header (null: a request with none). */
export function formPost(url: string, fields: Record<string, string>, cookie?: string, origin: string | null = BASE): Request {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  const headers: Record<string, string> = {};
  if (cookie) headers.Cookie = cookie;
  if (origin) headers.Origin = origin;
  return new Request(`${BASE}${url}`, { method: "POST", body, headers });
}

// Cross-site request forgery: besides SameSite=Lax session cookies, every request that can change something
// must come from a page of this same host. Browsers send Origin on every POST (Referer as a fallback); a
// request with neither, or from another host, is refused with 403. Called from requireUser (every action passes
// through it) and directly by the sign-in, sign-up and sign-out actions.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSameOrigin(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const own = new URL(request.url);
  const host = request.headers.get("X-Forwarded-Host")?.split(",")[0]?.trim() || request.headers.get("Host") || own.host;
  const claimed = request.headers.get("Origin") ?? request.headers.get("Referer");
  if (!claimed || claimed === "null") return false;
  try {
    return new URL(claimed).host === host;
  } catch {
    return false;
  }
}

export function assertSameOrigin(request: Request): void {
  if (!isSameOrigin(request)) {
    throw new Response(
      "This form was sent from another site (or without saying where from), so it was refused. Reload the page and try again.",
      { status: 403, statusText: "Forbidden" },
    );
  }
}

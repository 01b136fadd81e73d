import { NextResponse, type NextRequest } from "next/server";
import { findSessionUser, SESSION_COOKIE } from "@/lib/auth/session";
import { contentSecurityPolicy, newNonce } from "@/lib/auth/content-security-policy";
import { isPublicPath } from "@/lib/auth/public-paths";
import { safeNextPath } from "@/lib/auth/safe-next-path";

/**
 * Runs before every page, RSC and prefetch request (Next 16 runs the proxy on Node.js, so it can ask the database):
 * a request whose session cookie is missing, forged, expired or signed out is answered here with a bodiless
 * redirect to sign-in, so no page code runs for it at all. This is the first of two checks — every page also verifies
 * the session itself (`requirePageUser`) before it reads data, because a layout is not re-rendered on client-side
 * navigation and a single gate is one mistake away from a leak.
 *
 * Also sets a per-request CSP nonce (Next applies it to its own inline scripts) and passes the requested path to the
 * layout, which has no other way to know it. API routes authenticate themselves (401 JSON), as does the sample CSV
 * when it is fetched with a Bearer token.
 */
// File downloads outside /api that authenticate themselves (authenticateRequest) and so also take API tokens.
const TOKEN_ROUTES = ["/promos/sample.csv", "/reports/mmm/pdf", "/reports/forecast/pdf", "/reports/scenarios/pdf"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = isPublicPath(pathname);
  const bearer = TOKEN_ROUTES.includes(pathname) && request.headers.get("authorization")?.startsWith("Bearer ");
  if (!isPublic && !bearer) {
    const cookie = request.cookies.get(SESSION_COOKIE)?.value;
    const user = cookie ? await findSessionUser(cookie).catch(() => null) : null;
    if (!user) {
      const url = new URL("/login", request.url);
      const next = safeNextPath(`${pathname}${search}`);
      if (next !== "/") url.searchParams.set("next", next);
      const response = NextResponse.redirect(url);
      if (cookie !== undefined) response.cookies.delete(SESSION_COOKIE);
      return response;
    }
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-mixcast-path", `${pathname}${search}`);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Prefetches are NOT excluded: they carry page data too.
  matcher: ["/((?!api/|_next/static|_next/image|icon\\.svg|favicon\\.ico).*)"],
};

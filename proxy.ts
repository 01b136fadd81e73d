import { NextResponse, type NextRequest } from "next/server";

/**
 * Runs before every page request: visitors without a session cookie go to sign-in (API routes authenticate
 * themselves and answer 401 JSON instead). This is only the fast path — the layout, every server action and every
 * API route verify the session against the database; a forged cookie gets no further than this check.
 * Also passes the requested path to the layout, which has no other way to know it.
 */
const PUBLIC = ["/login", "/setup"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!isPublic && !request.cookies.get("mixcast_session")) {
    const url = new URL("/login", request.url);
    if (pathname !== "/") url.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set("x-mixcast-path", `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|icon\\.svg|favicon\\.ico).*)"],
};

/** Pages anyone may open: signing in and the one-time setup. Everything else needs a session (proxy.ts). */
export const PUBLIC_PATHS = ["/login", "/setup"] as const;

export function isPublicPath(pathname: string): boolean {
  const path = pathname.split("?")[0];
  return PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
}

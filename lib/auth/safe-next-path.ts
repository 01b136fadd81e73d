/**
 * Where to go after signing in: only a path on this site. The value comes from the query string, so it is parsed
 * with the URL parser against a placeholder origin rather than checked by prefix — browsers treat `/\evil.example`,
 * `/%09/evil.example` and `//evil.example` as other hosts, and a prefix check misses them. Anything that resolves to
 * another origin, or holds a backslash or control character anywhere, falls back to `/`.
 */
const PLACEHOLDER = "http://mixcast.invalid";

export function safeNextPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return fallback;
  // Decode once for the checks: `%5C` and `%09` reach the browser's parser decoded in some redirect paths.
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  for (const s of [value, decoded]) {
    // Control characters are exactly what this refuses (a header-splitting or URL-parsing trick).
    // oxlint-disable-next-line no-control-regex
    if (s.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(s)) return fallback;
    if (/^\/[\s/\\]/.test(s)) return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}

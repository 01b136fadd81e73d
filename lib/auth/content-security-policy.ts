import { randomBytes } from "node:crypto";

/**
 * The Content-Security-Policy of every page. Scripts run only with this request's nonce ('strict-dynamic' lets
 * Next's nonce-bearing bootstrap load its chunks); no inline script without it. Styles keep 'unsafe-inline': charts
 * and React set style attributes, which nonces cannot cover, and a style cannot run code.
 * Dev mode needs 'unsafe-eval' for React's error overlays.
 */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

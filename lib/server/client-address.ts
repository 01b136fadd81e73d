import { isIP } from "node:net";

/**
 * The address a request really came from, for rate limiting. `X-Forwarded-For` is written by whoever sends the
 * request, so it is believed only when the socket peer is a proxy the operator named in MIXCAST_TRUSTED_PROXIES;
 * then the right-most entry that is not itself a trusted proxy is the client (entries to its left are the client's
 * own claims). Without trusted proxies the socket address is the answer.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: ReadonlySet<string>): string {
  const peer = normalize(socketAddress) ?? "unknown";
  if (!trustedProxies.has(peer) || forwardedFor === undefined) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((h) => normalize(h.trim()))
    .filter((h): h is string => h !== undefined);
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedProxies.has(hops[i])) return hops[i];
  return peer;
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client; anything that is not an IP address is ignored. */
function normalize(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const bare = address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  return isIP(bare) ? bare.toLowerCase() : undefined;
}

export function parseTrustedProxies(value: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const raw of (value ?? "").split(",")) {
    const a = normalize(raw.trim());
    if (a) out.add(a);
  }
  return out;
}

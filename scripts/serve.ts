/**
 * The HTTP server behind `npm start`, `npm run dev` and the e2e run: Next.js's request handler inside our own
 * node:http server, for two things `next start` cannot do —
 * - bind to MIXCAST_HOST (default 127.0.0.1: nothing outside this machine reaches the app unless the operator says so);
 * - stamp each request with the client address taken from the socket (or, behind MIXCAST_TRUSTED_PROXIES, from the
 *   proxy's X-Forwarded-For), which sign-in rate limiting keys on. A client cannot forge the stamp.
 * Run with plain Node resolution (not the react-server condition): Next.js loads React its own way.
 */
import { createServer } from "node:http";
import next from "next";
import { env } from "../lib/env";
import { clientAddress, parseTrustedProxies } from "../lib/server/client-address";
import { CLIENT_HEADER, stampClientHeader } from "../lib/server/request-client";

async function main() {
  const e = env();
  const dev = process.argv.includes("--dev");
  const port = Number(process.argv.find((a) => a.startsWith("--port="))?.slice(7) ?? e.PORT);
  const hostname = e.MIXCAST_HOST;
  const trusted = parseTrustedProxies(e.MIXCAST_TRUSTED_PROXIES);
  const app = next({ dev, hostname, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    req.headers[CLIENT_HEADER] = stampClientHeader(clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted));
    void handle(req, res);
  });
  server.listen(port, hostname, () => console.log(`[serve] listening on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(`[serve] ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});

/**
 * `npm run worker`: a standalone job worker (no web server). Needs DATABASE_URL (the shared database); without it,
 * it attaches to the embedded database of a local `npm start`. Start as many as you like, on any machine.
 */
import { env } from "../lib/env";
import path from "node:path";
import { embeddedAppUrl } from "../lib/db/embedded-postgres";
import { migrateDatabase } from "../lib/db/migrate";

async function main() {
  const e = env();
  if (!e.DATABASE_URL) {
    const url = embeddedAppUrl(path.join(e.MIXCAST_DATA_DIR, "pgdata"), e.MIXCAST_PG_PORT, "mixcast");
    if (!url) throw new Error("no DATABASE_URL and no embedded database here yet: run `npm start` first, or set DATABASE_URL");
    process.env.DATABASE_URL = url;
  }
  await migrateDatabase(process.env.DATABASE_URL!);
  const { startWorker } = await import("../lib/jobs/worker");
  const { logger } = await import("../lib/monitoring/logger");
  const stop = await startWorker({ log: (m) => logger.info(m) });
  const shutdown = async () => {
    await stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
}

main().catch((error) => {
  console.error(`worker failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

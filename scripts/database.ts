import path from "node:path";
import { env } from "../lib/env";
import { dropDatabase, startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { migrateDatabase } from "../lib/db/migrate";

/**
 * Gives every script a migrated database: the user's DATABASE_URL when set, otherwise an embedded cluster.
 * Each purpose gets its own embedded cluster (data folder and port) so tests never touch the app's data and can
 * run while the app is up.
 */
export type Purpose = "app" | "test" | "e2e" | "bench";

const PORT_OFFSET: Record<Purpose, number> = { app: 0, test: 1, e2e: 2, bench: 3 };

export async function ensureDatabase(purpose: Purpose, log: (m: string) => void = console.log) {
  const e = env();
  let url = e.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const started = await startEmbeddedPostgres({
      dataDir: path.join(e.MIXCAST_DATA_DIR, purpose === "app" ? "pgdata" : `pgdata-${purpose}`),
      port: e.MIXCAST_PG_PORT + PORT_OFFSET[purpose],
      // Test runs get a database of their own, so concurrent runs on one machine do not trample each other.
      database: purpose === "app" ? "mixcast" : purpose === "test" ? `mixcast_test_${process.pid}` : `mixcast_${purpose}`,
      // Test and e2e runs start from an empty database, as a fresh machine would.
      fresh: purpose !== "app",
      log,
    });
    url = started.url;
    stop =
      purpose === "test"
        ? async () => {
            // The cluster's owner waits for the other runs' databases to go before stopping the shared cluster.
            await dropDatabase(started.url, started.owner ? { waitForOthersPrefix: "mixcast_test_" } : {}).catch(() => {});
            await started.stop();
          }
        : started.stop;
    log(`PostgreSQL (embedded) on ${url.replace(/:[^:@/]+@/, ":***@")}`);
  } else {
    log(`PostgreSQL from DATABASE_URL`);
  }
  process.env.DATABASE_URL = url;
  const result = await migrateDatabase(url);
  if (result.applied.length) log(`Applied migrations: ${result.applied.join(", ")}`);
  return { url, stop };
}

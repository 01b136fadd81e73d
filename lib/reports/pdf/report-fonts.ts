import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * DejaVu Sans Condensed (regular and bold) from the dejavu-fonts-ttf package: embedded and subset in every PDF, so
 * − × ≥ · → and accented names print without a browser or system fonts. Resolved through Node's module resolution,
 * falling back to the project's node_modules (the Next.js server runs from the project root).
 * @throws {Error} when the font package is not installed.
 */
export function reportFontPaths(): { regular: string; bold: string } {
  const dir = fontDir();
  return { regular: path.join(dir, "DejaVuSansCondensed.ttf"), bold: path.join(dir, "DejaVuSansCondensed-Bold.ttf") };
}

function fontDir(): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf"));
  } catch {
    // bundled code may not resolve packages by URL; the project directory below still works
  }
  candidates.push(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf"));
  const dir = candidates.find((d) => existsSync(path.join(d, "DejaVuSansCondensed.ttf")));
  if (!dir) throw new Error("reportFontPaths: the dejavu-fonts-ttf package is missing; run npm ci");
  return dir;
}

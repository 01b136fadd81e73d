import Papa from "papaparse";
import { OptimizeError } from "./optimize-error";
import type { ChannelBounds } from "./optimize-types";

/**
 * Per-channel bounds from CSV text with header `channel,min,max`. Cells may be empty (no bound), a
 * weekly spend ("1500") or a signed percent of current weekly spend ("-20%", "+30%"), which becomes
 * minPct / maxPct. Pure text → object so the Planner's upload and the CLI share it.
 * @throws {OptimizeError} INVALID_BOUNDS with the line number of the first bad cell.
 */
export function parseBoundsCsv(text: string): Record<string, ChannelBounds> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  for (const required of ["channel", "min", "max"]) {
    if (!fields.includes(required)) throw new OptimizeError("INVALID_BOUNDS", `bounds CSV needs the header channel,min,max (missing "${required}")`);
  }
  // Keyed by channel names from the file: without a prototype, "constructor" or "__proto__" are channels like any other.
  const bounds: Record<string, ChannelBounds> = Object.create(null);
  parsed.data.forEach((row, k) => {
    const line = k + 2;
    const name = (row.channel ?? "").trim();
    if (!name) throw new OptimizeError("INVALID_BOUNDS", `bounds CSV line ${line}: empty channel name`);
    if (Object.hasOwn(bounds, name)) throw new OptimizeError("INVALID_BOUNDS", `bounds CSV line ${line}: channel "${name}" appears twice`);
    const b: ChannelBounds = {};
    for (const key of ["min", "max"] as const) {
      const cell = (row[key] ?? "").trim();
      if (cell === "") continue;
      const pct = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(cell);
      if (pct) {
        b[key === "min" ? "minPct" : "maxPct"] = Number(pct[1]);
        continue;
      }
      const value = Number(cell);
      if (!Number.isFinite(value) || value < 0 || !/^[+]?\d*\.?\d+(e[+-]?\d+)?$/i.test(cell)) {
        throw new OptimizeError(
          "INVALID_BOUNDS",
          `bounds CSV line ${line}: ${key} for "${name}" must be a non-negative number or a percent like -20%, got "${cell}"`,
        );
      }
      b[key] = value;
    }
    bounds[name] = b;
  });
  return bounds;
}

/**
 * Flattens nested JSON (metrics, params) into "path → scalar" rows for tables and run comparison. Arrays longer
 * than `maxArray` are summarised by their length so a per-week array does not become 200 rows.
 */
export type FlatRow = { path: string; value: string | number | boolean | null };

export function flattenJson(value: unknown, options: { maxDepth?: number; maxArray?: number } = {}): FlatRow[] {
  const maxDepth = options.maxDepth ?? 4;
  const maxArray = options.maxArray ?? 8;
  const rows: FlatRow[] = [];
  const visit = (v: unknown, path: string, depth: number) => {
    if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") {
      rows.push({ path: path || "(value)", value: v });
      return;
    }
    if (Array.isArray(v)) {
      if (v.length > maxArray || depth >= maxDepth) rows.push({ path, value: `[${v.length} items]` });
      else v.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1));
      return;
    }
    if (typeof v === "object") {
      if (depth >= maxDepth) {
        rows.push({ path, value: "{…}" });
        return;
      }
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) visit(child, path ? `${path}.${k}` : k, depth + 1);
    }
  };
  visit(value, "", 0);
  return rows;
}

/** Side-by-side rows of two flattened objects, with the numeric difference where both are numbers. */
export function compareFlat(a: unknown, b: unknown): { path: string; a: FlatRow["value"] | undefined; b: FlatRow["value"] | undefined; diff: number | null }[] {
  const fa = new Map(flattenJson(a).map((r) => [r.path, r.value]));
  const fb = new Map(flattenJson(b).map((r) => [r.path, r.value]));
  const paths = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  return paths.map((path) => {
    const va = fa.get(path);
    const vb = fb.get(path);
    return { path, a: va, b: vb, diff: typeof va === "number" && typeof vb === "number" ? vb - va : null };
  });
}

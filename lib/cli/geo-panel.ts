import { parseIsoDate } from "../mmm/design-controls";
import type { GeoMmmInput } from "../mmm/geo-types";
import { negativeKpiWarning, negativeSpendMessage } from "./negative-cell";

export type GeoPanelColumns = {
  date: string;
  kpi: string;
  geo: string;
  population?: string;
  spend: string[];
  controls: string[];
  holidays?: string;
  kpiName: string;
};

const MIN_WEEKS = 26;

/**
 * A LONG weekly CSV (one row per week × region) → the geo model's rectangular panel. Every region must have every
 * week exactly once; population (when named) must be a positive number, the same on every row of a region.
 * Row numbers in messages count data rows from 1 (line = row + 1, the header being line 1), as in `mixcast mmm`.
 * KPI cells below 0 are kept and reported once through `warn` (negative-cell.ts says why).
 * @throws one specific message naming the row, region, week or column
 */
export function readGeoPanel(rows: Record<string, string>[], cols: GeoPanelColumns, file: string, warn?: (message: string) => void): GeoMmmInput {
  const cell = (i: number, column: string): number => {
    const raw = rows[i][column];
    const text = raw === undefined ? "" : String(raw).trim();
    const v = Number(text);
    if (text === "" || !Number.isFinite(v))
      throw new Error(`${file}: row ${i + 1} (line ${i + 2}), column "${column}": ${text === "" ? "empty cell" : `"${raw}" is not a number`}`);
    return v;
  };
  const regions = new Map<string, { rows: Map<number, number>; population?: number; populationRow?: number }>();
  const weeks = new Set<number>();
  rows.forEach((r, i) => {
    const name = String(r[cols.geo] ?? "").trim();
    if (!name) throw new Error(`${file}: row ${i + 1} (line ${i + 2}), column "${cols.geo}": empty region`);
    const raw = String(r[cols.date] ?? "").trim();
    let ms: number;
    try {
      ms = parseIsoDate(raw);
    } catch {
      throw new Error(`${file}: row ${i + 1} (line ${i + 2}), column "${cols.date}": unparseable date "${raw}" (expected YYYY-MM-DD)`);
    }
    let region = regions.get(name);
    if (!region) regions.set(name, (region = { rows: new Map() }));
    const prev = region.rows.get(ms);
    if (prev !== undefined)
      throw new Error(`${file}: region "${name}" has week ${raw} twice (rows ${prev + 1} and ${i + 1}); one row per week and region is expected`);
    region.rows.set(ms, i);
    weeks.add(ms);
    if (cols.population) {
      const pop = cell(i, cols.population);
      if (!(pop > 0)) throw new Error(`${file}: row ${i + 1} (line ${i + 2}), column "${cols.population}": population must be > 0, got ${pop}`);
      if (region.population === undefined) {
        region.population = pop;
        region.populationRow = i;
      } else if (region.population !== pop)
        throw new Error(
          `${file}: region "${name}" has population ${region.population} in row ${region.populationRow! + 1} but ${pop} in row ${i + 1}; a region's population must be the same on every row`,
        );
    }
  });
  if (regions.size < 2) throw new Error(`${file}: --geo needs at least 2 regions in column "${cols.geo}", found ${regions.size}`);
  const sorted = [...weeks].sort((a, b) => a - b);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  for (const [name, region] of regions) {
    const missing = sorted.filter((ms) => !region.rows.has(ms));
    if (missing.length)
      throw new Error(
        `${file}: region "${name}" has no row for week ${iso(missing[0])}${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ""}; every region needs every week (${sorted.length} weeks from ${iso(sorted[0])} to ${iso(sorted[sorted.length - 1])})`,
      );
  }
  if (sorted.length < MIN_WEEKS) throw new Error(`${file}: too few weeks: ${sorted.length} weeks per region (need at least ${MIN_WEEKS})`);
  const panel: GeoMmmInput = {
    dates: sorted.map(iso),
    kpiName: cols.kpiName,
    channels: cols.spend.slice(),
    geos: [...regions].map(([name, region]) => {
      const order = sorted.map((ms) => region.rows.get(ms)!);
      const column = (c: string) => order.map((i) => cell(i, c));
      const spend = (c: string) => {
        const v = column(c);
        const bad = v.findIndex((x) => x < 0);
        if (bad >= 0) throw new Error(negativeSpendMessage(file, order[bad], c, v[bad]));
        return v;
      };
      return {
        name,
        ...(cols.population ? { population: region.population } : {}),
        kpi: column(cols.kpi),
        spend: cols.spend.map(spend),
        controls: [
          ...cols.controls.map((c) => ({ name: c, values: column(c) })),
          ...(cols.holidays ? [{ name: cols.holidays, values: column(cols.holidays) }] : []),
        ],
      };
    }),
  };
  const warning = negativeKpiWarning(
    file,
    cols.kpi,
    panel.geos.flatMap((g) => g.kpi),
    [...regions.values()].flatMap((region) => sorted.map((ms) => region.rows.get(ms)!)),
  );
  if (warning) warn?.(warning);
  return panel;
}

import "server-only";
import { prisma } from "../../db/client";

/** Writes of the forecast fit: its forecast points (future and backtest) in bulk. */
export type ForecastRow = {
  seriesKey: string;
  model: string;
  kind: "future" | "backtest" | "baseline";
  origin: string;
  week: string;
  yhat: number;
  lo80?: number | null;
  hi80?: number | null;
  lo95?: number | null;
  hi95?: number | null;
};

// Measured on 24k rows (2 busy cores): createMany in chunks of 1000 took 25 s; one INSERT … SELECT FROM unnest(…)
// per 10,000 rows (one array parameter per column, so no bind-parameter limit) takes a few seconds.
const CHUNK = 10_000;

/** Bulk insert with column arrays and unnest, reporting progress per chunk. */
export async function storeForecastRows(runId: number, rows: ForecastRow[], onChunk?: (done: number, total: number) => Promise<void>): Promise<number> {
  const db = prisma();
  // A retried attempt replaces the rows of the one before; the unique index (run, series, model, kind, origin, week)
  // keeps points unique even if two attempts of one run ever overlapped.
  await db.forecast.deleteMany({ where: { runId } });
  let written = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const c = rows.slice(i, i + CHUNK);
    const count = await db.$executeRaw`
      INSERT INTO "forecast" ("runId", "seriesKey", "model", "kind", "origin", "week", "yhat", "lo80", "hi80", "lo95", "hi95")
      SELECT ${runId}::int, * FROM unnest(
        ${c.map((x) => x.seriesKey)}::text[], ${c.map((x) => x.model)}::text[], ${c.map((x) => x.kind)}::text[],
        ${c.map((x) => x.origin)}::date[], ${c.map((x) => x.week)}::date[], ${c.map((x) => x.yhat)}::float8[],
        ${c.map((x) => x.lo80 ?? null)}::float8[], ${c.map((x) => x.hi80 ?? null)}::float8[],
        ${c.map((x) => x.lo95 ?? null)}::float8[], ${c.map((x) => x.hi95 ?? null)}::float8[])
      ON CONFLICT ("runId", "seriesKey", "model", "kind", "origin", "week") DO UPDATE SET
        "yhat" = EXCLUDED."yhat", "lo80" = EXCLUDED."lo80", "hi80" = EXCLUDED."hi80", "lo95" = EXCLUDED."lo95", "hi95" = EXCLUDED."hi95"`;
    written += count;
    await onChunk?.(written, rows.length);
  }
  return written;
}

/**
 * A newer fit of the same dataset that no longer sees a drop resolves the old forecast_drop alert, so the
 * Overview shows only drops the current forecast still predicts.
 */
export async function resolveForecastDropAlerts(datasetId: number, stillDropping: string[]): Promise<number> {
  const r = await prisma().alert.updateMany({
    where: { kind: "forecast_drop", status: { not: "resolved" }, seriesKey: { notIn: stillDropping }, run: { datasetId } },
    data: { status: "resolved", resolvedAt: new Date() },
  });
  return r.count;
}

import "server-only";
import type { Prisma } from "../../db/generated/client";
import { prisma } from "../../db/client";
import { logger } from "../../monitoring/logger";

/**
 * Score history written in batches for the scoring API: an answer is returned as soon as it is computed, and its
 * row joins a buffer that is written every FLUSH_MS (or sooner at FLUSH_ROWS rows) in one INSERT. Under load that
 * turns hundreds of transactions a second into a few. History is a log of answers already given: a crash can lose
 * the last fraction of a second of it (as synchronous_commit = off already could), never a decision.
 * The form, CSV and CLI keep writing before they answer, because their pages show the history at once.
 */
type Row = Prisma.PromoScoreCreateManyInput;

const FLUSH_MS = 250;
const FLUSH_ROWS = 2000;

// On globalThis so the HTTP server (scripts/serve.ts, same process, outside Next's bundle) can flush it at shutdown.
const g = globalThis as unknown as { mixcastScoreLog?: { rows: Row[]; timer: NodeJS.Timeout | null; flushing: Promise<void>; flush?: () => Promise<void> } };
const log = (g.mixcastScoreLog ??= { rows: [], timer: null, flushing: Promise.resolve() });

export function queueScoreRows(rows: Row[]) {
  log.rows.push(...rows);
  if (log.rows.length >= FLUSH_ROWS) void flushScoreRows();
  else if (!log.timer) log.timer = setTimeout(() => void flushScoreRows(), FLUSH_MS);
}

/** Writes what is buffered (also called at shutdown and by tests). Resolves when every row queued so far is stored. */
export async function flushScoreRows(): Promise<void> {
  if (log.timer) clearTimeout(log.timer);
  log.timer = null;
  const rows = log.rows.splice(0);
  const previous = log.flushing;
  log.flushing = (async () => {
    await previous;
    if (!rows.length) return;
    try {
      const db = prisma();
      // One JSON parameter expanded in SQL: createMany would compile a query the size of the batch in Prisma's
      // query compiler (WASM) on every flush, which profiling showed as ~8 % of the API's CPU under load.
      const data = JSON.stringify(
        rows.map((r) => ({
          ...r,
          batchId: r.batchId ?? null,
          promotionId: r.promotionId ?? "",
          reasons: r.reasons ?? [],
          source: r.source ?? "form",
          createdBy: r.createdBy ?? "system",
        })),
      );
      await db.$transaction([
        db.$executeRaw`SET LOCAL synchronous_commit TO OFF`,
        db.$executeRaw`INSERT INTO "promo_score" ("runId", "batchId", "promotionId", "input", "pSells", "uplift", "roi", "decision", "reasons", "source", "createdBy")
          SELECT r."runId", r."batchId", r."promotionId", r."input", r."pSells", r."uplift", r."roi", r."decision", r."reasons", r."source", r."createdBy"
          FROM jsonb_to_recordset(${data}::jsonb) AS r("runId" integer, "batchId" text, "promotionId" text, "input" jsonb, "pSells" double precision, "uplift" double precision, "roi" double precision, "decision" text, "reasons" jsonb, "source" text, "createdBy" text)`,
      ]);
    } catch (error) {
      logger.error("score history batch could not be written", { rows: rows.length, error: String(error) });
    }
  })();
  return log.flushing;
}

export function pendingScoreRows(): number {
  return log.rows.length;
}

log.flush = flushScoreRows;

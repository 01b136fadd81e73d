import "server-only";
import { env } from "../../env";
import { prisma } from "../../db/client";
import { writeImport, type ImportWriteResult } from "../../db/write-import";
import type { DomainKind } from "../../csv/domains";
import { logger } from "../../monitoring/logger";
import { checkDrift } from "./drift";
import { recordForecastAccuracy } from "./forecast-accuracy";
import { validateImport, type FailedImport, type ValidatedImport } from "../../csv/validate-import";

/**
 * What a committed import sets off: new actuals are scored against the forecasts made before them, and every
 * model is re-fitted once imports go quiet (debounced job). Neither may undo the import, so failures are logged.
 */
async function afterImport(datasetId: number, kind: DomainKind) {
  try {
    if (kind === "demand") await recordForecastAccuracy(datasetId);
    if (kind === "demand" || kind === "spend" || kind === "macro") await checkDrift(datasetId);
    const { scheduleRefitAfterImport } = await import("../../jobs/schedule-refit");
    await scheduleRefitAfterImport(datasetId);
  } catch (error) {
    logger.warn("post-import step failed", { kind, error: String(error) });
  }
}

/**
 * Validate a CSV against what the dataset already knows (channels, regions) and, when `commit` is set and it is
 * valid, write it in one transaction. Shared by the Data page, the CLI and the demo seed.
 */
export type ImportOutcome =
  | { ok: true; validated: Omit<ValidatedImport, "rows"> & { rowCount: number; sample: Record<string, unknown>[] }; written?: ImportWriteResult }
  | { ok: false; failed: FailedImport };

export async function importCsv(input: {
  datasetId: number;
  kind: DomainKind;
  text: string;
  mapping?: Record<string, string>;
  fileName?: string;
  source: "demo" | "upload" | "cli";
  createdBy?: string;
  commit: boolean;
}): Promise<ImportOutcome> {
  const db = prisma();
  const [channels, regions] = await Promise.all([
    db.channel.findMany({ where: { datasetId: input.datasetId }, select: { name: true } }),
    db.region.findMany({ where: { datasetId: input.datasetId }, select: { name: true } }),
  ]);
  const e = env();
  const validated = validateImport({
    kind: input.kind,
    text: input.text,
    mapping: input.mapping,
    knownChannels: channels.map((c) => c.name),
    knownRegions: regions.map((r) => r.name),
    limits: { maxBytes: e.MIXCAST_IMPORT_MAX_BYTES, maxRows: e.MIXCAST_IMPORT_MAX_ROWS },
  });
  if (!validated.ok) return { ok: false, failed: validated };
  const { rows, ...rest } = validated;
  const summary = { ...rest, rowCount: rows.length, sample: rows.slice(0, 5) };
  if (!input.commit) return { ok: true, validated: summary };
  const written = await writeImport(db, input.datasetId, validated, {
    source: input.source,
    fileName: input.fileName,
    createdBy: input.createdBy,
  });
  if (written.status === "imported" && input.source !== "demo") await afterImport(input.datasetId, input.kind);
  return { ok: true, validated: summary, written };
}

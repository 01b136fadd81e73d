import "server-only";
import { prisma } from "../db/client";
import { fetchDatasetVersion } from "./datasets";
import { memo } from "./memo";
import { buildDriftReport, DEFAULT_DRIFT_THRESHOLDS, type DriftRow, type DriftThresholds } from "../monitoring/drift-report";
import { raiseAlert } from "../monitoring/raise-alert";

/**
 * Drift of model inputs and predictions: the recent window (last `recentWeeks` weeks of the data) against the
 * training window (everything before it). Inputs: national weekly spend and activations per channel, macro
 * indicators, promotion discounts and durations, service wait times; predictions: promo P(sells) scored recently
 * against those scored before.
 */
export type DriftSnapshot = { referenceWeeks: [string, string] | null; recentWeeks: [string, string] | null; rows: DriftRow[]; thresholds: DriftThresholds };

export async function fetchDriftSnapshot(datasetId: number, options: { recentWeeks?: number; thresholds?: DriftThresholds } = {}): Promise<DriftSnapshot> {
  if (options.recentWeeks !== undefined || options.thresholds !== undefined) return readDriftSnapshot(datasetId, options);
  // Keyed by the data version; the minute-long TTL picks up newly scored promos and changed thresholds.
  const version = await fetchDatasetVersion(datasetId);
  return memo(`drift:${datasetId}:v${version}`, 60_000, () => readDriftSnapshot(datasetId, options));
}

async function readDriftSnapshot(datasetId: number, options: { recentWeeks?: number; thresholds?: DriftThresholds }): Promise<DriftSnapshot> {
  const db = prisma();
  const recent = options.recentWeeks ?? 13;
  const thresholds = options.thresholds ?? (await fetchDriftThresholds());
  const weeks = (await db.$queryRaw<{ week: Date }[]>`SELECT DISTINCT "week" FROM "weekly_demand" WHERE "datasetId" = ${datasetId} ORDER BY "week"`).map((w) => w.week.toISOString().slice(0, 10));
  if (weeks.length < recent + 10) return { referenceWeeks: null, recentWeeks: null, rows: [], thresholds };
  const cut = weeks[weeks.length - recent];
  const split = <T extends { week: Date }>(rows: T[], value: (r: T) => number) => ({
    reference: rows.filter((r) => r.week.toISOString().slice(0, 10) < cut).map(value),
    current: rows.filter((r) => r.week.toISOString().slice(0, 10) >= cut).map(value),
  });
  const samples: { feature: string; group: string; reference: number[]; current: number[] }[] = [];

  const spend = await db.$queryRaw<{ channel: string; week: Date; v: number }[]>`
    SELECT c."name" AS channel, s."week", SUM(s."spend")::float8 AS v FROM "weekly_spend" s JOIN "channel" c ON c."id" = s."channelId"
    WHERE s."datasetId" = ${datasetId} GROUP BY c."name", s."week"`;
  const demand = await db.$queryRaw<{ channel: string; week: Date; v: number }[]>`
    SELECT c."name" AS channel, d."week", SUM(d."activations")::float8 AS v FROM "weekly_demand" d JOIN "channel" c ON c."id" = d."channelId"
    WHERE d."datasetId" = ${datasetId} GROUP BY c."name", d."week"`;
  for (const channel of [...new Set(spend.map((s) => s.channel))].sort()) samples.push({ feature: `${channel} spend`, group: "media spend", ...split(spend.filter((s) => s.channel === channel), (r) => r.v) });
  for (const channel of [...new Set(demand.map((s) => s.channel))].sort()) samples.push({ feature: `${channel} activations`, group: "demand", ...split(demand.filter((s) => s.channel === channel), (r) => r.v) });
  const macro = await db.macroIndicator.findMany({ where: { datasetId }, select: { name: true, week: true, value: true } });
  for (const name of [...new Set(macro.map((m) => m.name))].sort()) samples.push({ feature: name, group: "macro", ...split(macro.filter((m) => m.name === name), (r) => r.value) });

  const promos = await db.promotion.findMany({ where: { datasetId }, select: { startDate: true, endDate: true, discountPct: true } });
  const promoRows = promos.map((p) => ({ week: p.startDate, discount: p.discountPct, days: (p.endDate.getTime() - p.startDate.getTime()) / 86_400_000 + 1 }));
  samples.push({ feature: "promotion discount %", group: "promotions", ...split(promoRows, (r) => r.discount) });
  samples.push({ feature: "promotion duration (days)", group: "promotions", ...split(promoRows, (r) => r.days) });
  const service = await db.serviceInteraction.findMany({ where: { datasetId, waitMinutes: { not: null } }, select: { occurredAt: true, waitMinutes: true } });
  samples.push({ feature: "service wait minutes", group: "service", ...split(service.map((s) => ({ week: s.occurredAt, v: s.waitMinutes ?? 0 })), (r) => r.v) });

  const scores = await db.promoScore.findMany({ where: { run: { datasetId } }, select: { createdAt: true, pSells: true }, orderBy: { createdAt: "asc" } });
  if (scores.length >= 20) {
    const cutAt = Date.now() - 30 * 86_400_000;
    samples.push({ feature: "promo P(sells) scored", group: "predictions", reference: scores.filter((s) => s.createdAt.getTime() < cutAt).map((s) => s.pSells), current: scores.filter((s) => s.createdAt.getTime() >= cutAt).map((s) => s.pSells) });
  }
  return { referenceWeeks: [weeks[0], weeks[weeks.length - recent - 1]], recentWeeks: [cut, weeks[weeks.length - 1]], rows: buildDriftReport(samples, thresholds), thresholds };
}

export async function fetchDriftThresholds(): Promise<DriftThresholds> {
  const setting = await prisma().setting.findUnique({ where: { key: "monitoring.drift" } });
  return { ...DEFAULT_DRIFT_THRESHOLDS, ...((setting?.value as Partial<DriftThresholds> | null) ?? {}) };
}

/** Raises one drift alert listing the drifted features (run after imports and by the weekly schedule). */
export async function checkDrift(datasetId: number) {
  const snapshot = await fetchDriftSnapshot(datasetId);
  const drifted = snapshot.rows.filter((r) => r.status === "drift");
  if (drifted.length > 0) {
    await raiseAlert({
      kind: "drift",
      severity: "warning",
      title: `Input drift in ${drifted.length} feature${drifted.length > 1 ? "s" : ""}`,
      message: `${drifted.slice(0, 5).map((d) => `${d.feature} (PSI ${d.psi.toFixed(2)})`).join(", ")}${drifted.length > 5 ? "…" : ""} shifted in the last weeks against the training window.`,
      details: { features: drifted.map((d) => ({ feature: d.feature, psi: d.psi, ks: d.ks, pValue: d.pValue })) },
    });
  }
  return snapshot;
}

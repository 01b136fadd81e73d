import "server-only";
import { prisma } from "../../db/client";
import { fetchDatasetVersion } from "../reads/datasets";
import { memo } from "../memo";
import { buildDriftReport, DEFAULT_DRIFT_THRESHOLDS, type DriftRow, type DriftSample, type DriftThresholds } from "../../monitoring/drift-report";
import { buildDriftSamples } from "../../monitoring/drift-samples";
import { raiseAlert } from "../../monitoring/raise-alert";
import { fetchWeekWindow } from "../reads/week-window";

/**
 * Drift of model inputs and predictions: the recent window (last `recentWeeks` complete weeks) against the training
 * window (every complete week before it); see lib/monitoring/drift-report.ts for how each feature is judged and
 * lib/monitoring/drift-samples.ts for the features. Predictions: promo P(sells) scored in the last 30 days against
 * those scored before.
 */
export type DriftSnapshot = { referenceWeeks: [string, string] | null; recentWeeks: [string, string] | null; rows: DriftRow[]; thresholds: DriftThresholds };

export async function fetchDriftSnapshot(datasetId: number, options: { recentWeeks?: number; thresholds?: DriftThresholds } = {}): Promise<DriftSnapshot> {
  if (options.recentWeeks !== undefined || options.thresholds !== undefined) return readDriftSnapshot(datasetId, options);
  // Keyed by the data version; the minute-long TTL picks up newly scored promos and changed thresholds.
  const version = await fetchDatasetVersion(datasetId);
  return memo(`drift:${datasetId}:v${version}`, 60_000, () => readDriftSnapshot(datasetId, options));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

async function readDriftSnapshot(datasetId: number, options: { recentWeeks?: number; thresholds?: DriftThresholds }): Promise<DriftSnapshot> {
  const db = prisma();
  const thresholds = options.thresholds ?? (await fetchDriftThresholds());
  const { complete } = await fetchWeekWindow(datasetId);
  const [spend, activations, macro, promos, service, scores] = await Promise.all([
    db.$queryRaw<{ channel: string; week: Date; v: number }[]>`
      SELECT c."name" AS channel, s."week", SUM(s."spend")::float8 AS v FROM "weekly_spend" s JOIN "channel" c ON c."id" = s."channelId"
      WHERE s."datasetId" = ${datasetId} GROUP BY c."name", s."week"`,
    db.$queryRaw<{ channel: string; week: Date; v: number }[]>`
      SELECT c."name" AS channel, d."week", SUM(d."activations")::float8 AS v FROM "weekly_demand" d JOIN "channel" c ON c."id" = d."channelId"
      WHERE d."datasetId" = ${datasetId} GROUP BY c."name", d."week"`,
    db.macroIndicator.findMany({ where: { datasetId }, select: { name: true, week: true, value: true } }),
    db.promotion.findMany({ where: { datasetId }, select: { startDate: true, endDate: true, discountPct: true } }),
    db.serviceInteraction.findMany({ where: { datasetId, waitMinutes: { not: null } }, select: { occurredAt: true, waitMinutes: true } }),
    db.promoScore.findMany({ where: { run: { datasetId } }, select: { createdAt: true, pSells: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const built = buildDriftSamples(
    {
      weeks: complete,
      spend: spend.map((r) => ({ week: iso(r.week), channel: r.channel, value: r.v })),
      activations: activations.map((r) => ({ week: iso(r.week), channel: r.channel, value: r.v })),
      macro: macro.map((m) => ({ week: iso(m.week), name: m.name, value: m.value })),
      promotions: promos.map((p) => ({
        startDate: iso(p.startDate),
        discountPct: p.discountPct,
        days: (p.endDate.getTime() - p.startDate.getTime()) / 86_400_000 + 1,
      })),
      service: service.map((s) => ({ week: iso(s.occurredAt), waitMinutes: s.waitMinutes ?? 0 })),
    },
    options.recentWeeks ?? 13,
  );
  if (!built) return { referenceWeeks: null, recentWeeks: null, rows: [], thresholds };
  const samples: DriftSample[] = [...built.samples];
  if (scores.length >= 20) {
    const cutAt = Date.now() - 30 * 86_400_000;
    samples.push({
      feature: "promo P(sells) scored",
      group: "predictions",
      reference: scores.filter((s) => s.createdAt.getTime() < cutAt).map((s) => s.pSells),
      current: scores.filter((s) => s.createdAt.getTime() >= cutAt).map((s) => s.pSells),
    });
  }
  return { referenceWeeks: built.referenceWeeks, recentWeeks: built.recentWeeks, rows: buildDriftReport(samples, thresholds), thresholds };
}

export async function fetchDriftThresholds(): Promise<DriftThresholds> {
  const setting = await prisma().setting.findUnique({ where: { key: "monitoring.drift" } });
  const stored = (setting?.value as Partial<DriftThresholds> | null) ?? {};
  return { ...DEFAULT_DRIFT_THRESHOLDS, ...stored, overrides: { ...DEFAULT_DRIFT_THRESHOLDS.overrides, ...stored.overrides } };
}

/**
 * Raises one drift alert listing the drifted features (after imports and by the weekly schedule), and resolves an
 * open one once nothing drifts any more, so an alert on screen always describes the data as it is now.
 */
export async function checkDrift(datasetId: number) {
  const snapshot = await fetchDriftSnapshot(datasetId);
  const drifted = snapshot.rows.filter((r) => r.status === "drift");
  if (drifted.length > 0) {
    await raiseAlert({
      kind: "drift",
      severity: "warning",
      title: `Input drift in ${drifted.length} feature${drifted.length > 1 ? "s" : ""}`,
      message: `${drifted
        .slice(0, 5)
        .map((d) => `${d.feature}: ${d.reason}`)
        .join(
          "; ",
        )}${drifted.length > 5 ? "…" : ""}. Recent weeks ${snapshot.recentWeeks?.[0]} – ${snapshot.recentWeeks?.[1]} against the training window; refit the models, or check the import if the change is not real.`,
      details: {
        features: drifted.map((d) => ({ feature: d.feature, basis: d.basis, psi: d.psi, ks: d.ks, pValue: d.pValue, jump: d.jump, reason: d.reason })),
      },
    });
  } else if (snapshot.rows.length > 0) {
    await prisma().alert.updateMany({ where: { kind: "drift", status: { not: "resolved" } }, data: { status: "resolved", resolvedAt: new Date() } });
  }
  return snapshot;
}

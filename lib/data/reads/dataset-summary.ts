import "server-only";
import { prisma } from "../../db/client";
import { fetchDatasetVersion } from "./datasets";
import { memo } from "../memo";
import { DOMAIN_KINDS, type DomainKind } from "../../csv/domains";
import { buildQualityReport, type QualityReport } from "../../csv/quality-report";
import { fetchWeekWindow, type DatasetWeekWindow } from "./week-window";

export type DatasetSummary = {
  datasets: { id: number; name: string; isDemo: boolean; description: string; createdAt: string }[];
  versions: {
    id: number;
    version: number;
    kind: string;
    source: string;
    fileName: string;
    rowCount: number;
    createdBy: string;
    createdAt: string;
    contentHash: string;
  }[];
  counts: Record<DomainKind, number>;
  quality: { demand: QualityReport; spend: QualityReport };
  /** Complete and incomplete weeks, and the weeks each weekly domain misses (lib/weeks/complete-weeks.ts). */
  coverage: DatasetWeekWindow;
};

export async function fetchDatasetSummary(datasetId: number): Promise<DatasetSummary> {
  const version = await fetchDatasetVersion(datasetId);
  return memo(`summary:${datasetId}:v${version}`, 10 * 60_000, () => readDatasetSummary(datasetId));
}

async function readDatasetSummary(datasetId: number): Promise<DatasetSummary> {
  const db = prisma();
  const where = { datasetId };
  const [coverage, datasets, versions, demand, spend, ue, macro, holidays, promotions, campaigns, service, lift, demandRows, spendRows] = await Promise.all([
    fetchWeekWindow(datasetId),
    db.dataset.findMany({ orderBy: { createdAt: "asc" } }),
    db.datasetVersion.findMany({ where, orderBy: { version: "desc" } }),
    db.weeklyDemand.count({ where }),
    db.weeklySpend.count({ where }),
    db.unitEconomics.count({ where }),
    db.macroIndicator.count({ where }),
    db.holiday.count({ where }),
    db.promotion.count({ where }),
    db.campaign.count({ where }),
    db.serviceInteraction.count({ where }),
    db.liftTest.count({ where }),
    db.$queryRaw<{ series: string; week: Date; value: number }[]>`
      SELECT c."name" || ' · ' || r."name" AS series, d."week", d."revenue"::float8 AS value
      FROM "weekly_demand" d JOIN "channel" c ON c."id" = d."channelId" JOIN "region" r ON r."id" = d."regionId"
      WHERE d."datasetId" = ${datasetId}`,
    db.$queryRaw<{ series: string; week: Date; value: number }[]>`
      SELECT c."name" || ' · ' || r."name" AS series, s."week", s."spend"::float8 AS value
      FROM "weekly_spend" s JOIN "channel" c ON c."id" = s."channelId" JOIN "region" r ON r."id" = s."regionId"
      WHERE s."datasetId" = ${datasetId}`,
  ]);
  // One span for both domains: weeks with demand or spend, so a domain that stops early shows as short.
  const weeks = [...coverage.complete, ...coverage.incomplete.map((w) => w.week)].sort();
  const span = weeks.length ? { first: weeks[0], last: weeks[weeks.length - 1] } : null;
  const toObs = (rows: { series: string; week: Date; value: number }[]) =>
    rows.map((r) => ({ series: r.series, week: r.week.toISOString().slice(0, 10), value: r.value }));
  const counts = Object.fromEntries(DOMAIN_KINDS.map((k) => [k, 0])) as Record<DomainKind, number>;
  Object.assign(counts, { demand, spend, unit_economics: ue, macro, holidays, promotions, campaigns, service, lift_tests: lift });
  return {
    datasets: datasets.map((d) => ({ id: d.id, name: d.name, isDemo: d.isDemo, description: d.description, createdAt: d.createdAt.toISOString() })),
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      kind: v.kind,
      source: v.source,
      fileName: v.fileName,
      rowCount: v.rowCount,
      createdBy: v.createdBy,
      createdAt: v.createdAt.toISOString(),
      contentHash: v.contentHash,
    })),
    counts,
    quality: { demand: buildQualityReport(toObs(demandRows), { span }), spend: buildQualityReport(toObs(spendRows), { span }) },
    coverage,
  };
}

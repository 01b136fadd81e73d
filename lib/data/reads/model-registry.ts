import "server-only";
import { prisma } from "../../db/client";
import { fetchDatasetVersion } from "./datasets";
import { memo } from "../memo";
import { summariseAccuracyByHorizon, type HorizonAccuracy } from "../../monitoring/forecast-accuracy";

/** Reads behind the Models page: the run registry, one run in full, and forecast accuracy over time. */
export type RunRow = {
  id: number;
  kind: string;
  status: string;
  isChampion: boolean;
  datasetVersion: number;
  createdAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  createdBy: string;
  attempts: number;
  progress: number;
  stage: string;
  headline: Record<string, number>;
};

/** A few comparable numbers per kind for the runs table (whatever the runner stored under these names). */
const HEADLINE_METRICS = ["r2", "nrmse", "mape", "mase", "smape", "auc", "rocAuc", "brier", "f1", "coverage80", "medianRoiError", "roiCoverage"];

export function headlineMetrics(metrics: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  const visit = (obj: unknown, prefix: string, depth: number) => {
    if (!obj || typeof obj !== "object" || depth > 2) return;
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
      if (typeof v === "number" && Number.isFinite(v) && HEADLINE_METRICS.includes(k) && !(k in out)) out[prefix ? `${prefix}.${k}` : k] = v;
      else if (v && typeof v === "object" && !Array.isArray(v)) visit(v, prefix ? `${prefix}.${k}` : k, depth + 1);
    }
  };
  visit(metrics, "", 0);
  return Object.fromEntries(Object.entries(out).slice(0, 4));
}

export async function fetchRuns(filter: { kind?: string; status?: string; limit?: number }): Promise<RunRow[]> {
  const runs = await prisma().modelRun.findMany({
    where: { ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.status ? { status: filter.status } : {}) },
    orderBy: { id: "desc" },
    take: filter.limit ?? 100,
    select: {
      id: true,
      kind: true,
      status: true,
      isChampion: true,
      datasetVersion: true,
      createdAt: true,
      finishedAt: true,
      durationMs: true,
      createdBy: true,
      attempts: true,
      progress: true,
      stage: true,
      metrics: true,
    },
  });
  return runs.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    headline: headlineMetrics(r.metrics),
  }));
}

/** Runs by id, oldest first (the compare page reads two). */
export async function fetchRunsByIds(ids: number[]) {
  return prisma().modelRun.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
}

/** What the artifacts download holds: the run's identity, parameters, metrics and artifacts. */
export async function fetchRunRecord(id: number) {
  return prisma().modelRun.findUnique({
    where: { id },
    select: { id: true, kind: true, datasetId: true, datasetVersion: true, codeVersion: true, params: true, metrics: true, artifacts: true },
  });
}

export async function fetchRunDetail(id: number) {
  return prisma().modelRun.findUnique({
    where: { id },
    include: {
      logs: { orderBy: { id: "asc" }, take: 500 },
      dataset: { select: { name: true } },
      _count: { select: { forecasts: true, promoScores: true, accuracy: true, alerts: true } },
    },
  });
}

export type AccuracyOverview = {
  byHorizon: (HorizonAccuracy & { model: string })[];
  byWeek: { week: string; mape: number | null; n: number }[];
  records: number;
};

/** Accuracy of stored forecasts against arriving actuals: MAPE by horizon per model, and the chosen models' MAPE per week. */
export async function fetchAccuracyOverview(datasetId: number): Promise<AccuracyOverview> {
  // Accuracy records are written when actuals are imported, which bumps the version.
  const version = await fetchDatasetVersion(datasetId);
  return memo(`accuracy:${datasetId}:v${version}`, 60_000, () => readAccuracyOverview(datasetId));
}

async function readAccuracyOverview(datasetId: number): Promise<AccuracyOverview> {
  const rows = await prisma().forecastAccuracy.findMany({
    where: { run: { datasetId } },
    select: { model: true, week: true, horizon: true, actual: true, forecast: true },
  });
  const models = [...new Set(rows.map((r) => r.model))].sort();
  const byHorizon = models.flatMap((model) => summariseAccuracyByHorizon(rows.filter((r) => r.model === model)).map((h) => ({ ...h, model })));
  const weeks = new Map<string, { ape: number; n: number }>();
  for (const r of rows) {
    if (r.actual === 0) continue;
    const w = r.week.toISOString().slice(0, 10);
    const s = weeks.get(w) ?? { ape: 0, n: 0 };
    s.ape += Math.abs((r.forecast - r.actual) / r.actual);
    s.n++;
    weeks.set(w, s);
  }
  const byWeek = [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, s]) => ({ week, mape: s.n ? (100 * s.ape) / s.n : null, n: s.n }));
  return { byHorizon, byWeek, records: rows.length };
}

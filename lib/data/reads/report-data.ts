import "server-only";
import { prisma } from "../../db/client";
import { RECONCILED_MODEL } from "../../forecast/view/forecast-artifacts";
import { BASELINE_KEY, BASELINE_NAME } from "../../planner/scenario-predicted";
import { buildForecastReport, REPORT_HORIZON, type SeriesForecast } from "../../reports/forecast-report";
import { buildMmmReport } from "../../reports/mmm-report";
import { recommendedPlan, type RecommendedPlan } from "../../reports/recommended-plan";
import type { ReportDocument } from "../../reports/report-types";
import { buildScenarioReport, type ReportScenario } from "../../reports/scenario-report";
import { fetchActiveDataset } from "./datasets";
import { fetchForecastRunMeta } from "./forecast-page";
import { fetchChampionRun } from "./model-runs";
import { fetchChampionMmmRun } from "./mmm-runs";
import { fetchPlannerInputs } from "./planner-inputs";
import { fetchBaselineScenario } from "./scenario-baseline";
import { fetchChannelLabels } from "./scenario-channel-labels";
import { fetchScenariosByIds } from "../writes/scenario-store";
import { forecastRunArtifactsSchema } from "../../runs/forecast";

export type ReportResult = { status: "ready"; report: ReportDocument } | { status: "unavailable"; message: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const runRef = (run: { id: number; datasetVersion: number; finishedAt: Date | null; codeVersion: string | null }) => ({
  id: run.id,
  datasetVersion: run.datasetVersion,
  finishedAt: run.finishedAt?.toISOString() ?? null,
  codeVersion: run.codeVersion ?? "",
});

async function activeDataset(datasetId?: number) {
  if (datasetId === undefined) return fetchActiveDataset();
  return prisma().dataset.findUnique({ where: { id: datasetId } });
}

/** The mix-model one-pager for the champion mmm run of the dataset (default: the active one). */
export async function fetchMmmReport(datasetId?: number): Promise<ReportResult> {
  const dataset = await activeDataset(datasetId);
  if (!dataset) return { status: "unavailable", message: "no dataset; import data first" };
  const champion = await fetchChampionMmmRun(dataset.id);
  if (!champion) return { status: "unavailable", message: `no champion mix-model (mmm) run for dataset "${dataset.name}"; fit one on Channel ROI first` };
  const { run, results } = champion;
  if (!results) return { status: "unavailable", message: `mix-model run #${run.id} has no stored results to report` };

  const [labels, planner, observed] = await Promise.all([
    fetchChannelLabels(dataset.id),
    fetchPlannerInputs(dataset.id),
    fetchMaxWeeklySpend(dataset.id, results.artifacts.view.firstWeek, results.artifacts.view.lastWeek),
  ]);
  let plan: RecommendedPlan | null = null;
  let planError: string | undefined;
  if (planner.status === "ready") {
    try {
      plan = recommendedPlan(planner.inputs.model, planner.inputs.baseline, observed);
    } catch (error) {
      planError = error instanceof Error ? error.message : String(error);
    }
  } else planError = planner.status === "invalid-model" ? planner.error : "no mix model to plan with";
  const report = buildMmmReport({
    generatedAt: new Date().toISOString(),
    dataset: { name: dataset.name, version: run.datasetVersion },
    run: runRef(run),
    artifacts: results.artifacts,
    metrics: results.metrics,
    labels,
    plan,
    planError,
  });
  return { status: "ready", report };
}

/** Largest national weekly spend per channel between two weeks (the range a response curve was fitted on). */
async function fetchMaxWeeklySpend(datasetId: number, first: string, last: string): Promise<Record<string, number>> {
  const rows = await prisma().$queryRaw<{ channel: string; max: number }[]>`
    SELECT c."name" AS channel, MAX(w.spend)::float8 AS max FROM (
      SELECT "channelId", "week", SUM("spend") AS spend FROM "weekly_spend"
      WHERE "datasetId" = ${datasetId} AND "week" >= ${first}::date AND "week" <= ${last}::date GROUP BY "channelId", "week"
    ) w JOIN "channel" c ON c."id" = w."channelId" GROUP BY c."name"`;
  return Object.fromEntries(rows.map((r) => [r.channel, r.max]));
}

/** The forecast report for the champion forecast run of the dataset (default: the active one). */
export async function fetchForecastReport(datasetId?: number): Promise<ReportResult> {
  const dataset = await activeDataset(datasetId);
  if (!dataset) return { status: "unavailable", message: "no dataset; import data first" };
  const run = await fetchChampionRun(dataset.id, "forecast");
  if (!run) return { status: "unavailable", message: `no champion forecast run for dataset "${dataset.name}"; fit forecasts on the Forecasts page first` };
  const meta = await fetchForecastRunMeta(run.id);
  const stored = forecastRunArtifactsSchema.safeParse(run.artifacts);
  const series = stored.success ? stored.data.series : undefined;
  if (!meta || !series) return { status: "unavailable", message: `forecast run #${run.id} has no stored results to report` };

  const horizonEnd = new Date(Date.parse(`${meta.origin}T00:00:00Z`) + REPORT_HORIZON * 7 * 86_400_000);
  const [rows, alerts, labels] = await Promise.all([
    prisma().forecast.findMany({
      where: { runId: run.id, kind: "future", week: { lte: horizonEnd } },
      orderBy: [{ seriesKey: "asc" }, { model: "asc" }, { week: "asc" }],
    }),
    prisma().alert.findMany({
      where: { kind: "forecast_drop", status: { not: "resolved" }, run: { datasetId: dataset.id } },
      orderBy: [{ seriesKey: "asc" }, { createdAt: "desc" }],
      take: 200,
    }),
    fetchChannelLabels(dataset.id),
  ]);
  const byModel = new Map<string, SeriesForecast>();
  for (const r of rows) {
    const k = `${r.seriesKey}\u0000${r.model}`;
    const f = byModel.get(k) ?? { model: r.model, dates: [], yhat: [], lo80: [], hi80: [], lo95: [], hi95: [] };
    f.dates.push(iso(r.week));
    f.yhat.push(r.yhat);
    f.lo80.push(r.lo80 ?? r.yhat);
    f.hi80.push(r.hi80 ?? r.yhat);
    f.lo95.push(r.lo95 ?? r.yhat);
    f.hi95.push(r.hi95 ?? r.yhat);
    byModel.set(k, f);
  }
  // What the Forecasts page shows by default: the reconciled (coherent) forecast, else the fit's shown model.
  const forecasts: Record<string, SeriesForecast> = {};
  for (const [key, s] of Object.entries(series)) {
    const f = byModel.get(`${key}\u0000${RECONCILED_MODEL}`) ?? byModel.get(`${key}\u0000${s.shown}`);
    if (f) forecasts[key] = f;
  }
  const report = buildForecastReport({
    generatedAt: new Date().toISOString(),
    dataset: { name: dataset.name, version: run.datasetVersion },
    run: runRef(run),
    meta,
    series,
    forecasts,
    alerts: alerts.map((a) => ({
      id: a.id,
      seriesKey: a.seriesKey,
      title: a.title,
      message: a.message,
      createdAt: a.createdAt.toISOString(),
      status: a.status,
    })),
    labels,
  });
  return { status: "ready", report };
}

/**
 * The comparison of 2–4 scenarios of the active dataset (ids are scenario ids or "baseline" for the current mix),
 * with their stored predictions.
 */
export async function fetchScenarioReport(ids: string[], baselineKey?: string): Promise<ReportResult> {
  const dataset = await fetchActiveDataset();
  if (!dataset) return { status: "unavailable", message: "no dataset; import data first" };
  const numeric = ids.filter((id) => id !== BASELINE_KEY).map(Number);
  const [views, baseline, labels, version] = await Promise.all([
    fetchScenariosByIds(dataset.id, numeric),
    ids.includes(BASELINE_KEY) ? fetchBaselineScenario(dataset.id) : Promise.resolve(null),
    fetchChannelLabels(dataset.id),
    prisma().datasetVersion.aggregate({ where: { datasetId: dataset.id }, _max: { version: true } }),
  ]);
  const byKey = new Map<string, ReportScenario>();
  for (const v of views) {
    if (!v.predicted) continue;
    const p = v.predicted;
    byKey.set(String(v.id), {
      key: String(v.id),
      name: v.name,
      allocation: v.allocation,
      kpis: { spend: p.spend, revenue: p.revenue, profit: p.profit, roi: p.roi, activations: p.activations, cpa: p.cpa, low: p.low, high: p.high },
      predicted: p,
      objective: v.objective,
      author: v.author,
      createdAt: v.createdAt,
      modelRunId: v.modelRunId,
      notes: v.notes,
    });
  }
  if (baseline) {
    const p = baseline.predicted;
    byKey.set(BASELINE_KEY, {
      key: BASELINE_KEY,
      name: BASELINE_NAME,
      allocation: baseline.allocation,
      kpis: { spend: p.spend, revenue: p.revenue, profit: p.profit, roi: p.roi, activations: p.activations, cpa: p.cpa, low: p.low, high: p.high },
      predicted: p,
      objective: "current",
      author: "historical data",
      createdAt: null,
      modelRunId: baseline.run.id,
      notes: "",
    });
  }
  const missing = ids.filter((id) => !byKey.has(id));
  if (missing.length)
    return { status: "unavailable", message: `unknown scenario${missing.length > 1 ? "s" : ""} or no stored prediction: ${missing.join(", ")}` };
  const champion = baseline?.run ?? (await fetchChampionRun(dataset.id, "mmm"));
  const key = baselineKey && ids.includes(baselineKey) ? baselineKey : ids[0];
  const report = buildScenarioReport({
    generatedAt: new Date().toISOString(),
    dataset: { name: dataset.name, version: champion?.datasetVersion ?? version._max.version ?? 0 },
    run: champion ? { id: champion.id, finishedAt: champion.finishedAt?.toISOString() ?? null, codeVersion: champion.codeVersion ?? "" } : null,
    scenarios: ids.map((id) => byKey.get(id)!),
    baselineKey: key,
    labels,
  });
  return { status: "ready", report };
}

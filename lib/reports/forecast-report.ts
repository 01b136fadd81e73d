import { SERIES_COLORS } from "../../components/charts/colors";
import { formatMoney, formatNumber, formatPercent } from "../format";
import type { ForecastArtifacts, SeriesArtifact } from "../forecast/view/forecast-artifacts";
import { forecastHeadline } from "../forecast/view/headline";
import { savingVsBaseline } from "../forecast/view/money-impact";
import { GRAND_TOTAL_KEY, hierarchyKeys, isBottomKey, parseSeriesKey } from "../forecast/view/series-keys";
import type { ChartSpec } from "./chart-spec";
import type { RunRef } from "./mmm-report";
import { signedMoney, signedPercent } from "./report-format";
import type { ReportBlock, ReportDocument } from "./report-types";
import { WEEK_MS } from "../math/time-units";

export const REPORT_HORIZON = 13;

/** Stored future forecast of one series (the one the Forecasts page shows: reconciled, else the chosen model). */
export type SeriesForecast = { model: string; dates: string[]; yhat: number[]; lo80: number[]; hi80: number[]; lo95: number[]; hi95: number[] };

export type ForecastReportInput = {
  generatedAt: string;
  dataset: { name: string; version: number };
  run: RunRef;
  meta: Omit<ForecastArtifacts, "series">;
  series: Record<string, SeriesArtifact>;
  forecasts: Record<string, SeriesForecast>;
  alerts: { id: number; seriesKey: string; title: string; message: string; createdAt: string; status: string }[];
  labels: Record<string, string>;
};

const sum = (xs: number[], n: number) => xs.slice(0, n).reduce((s, v) => s + v, 0);
const weekDates = (start: string, n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(`${start}T00:00:00Z`) + i * WEEK_MS).toISOString().slice(0, 10));

function seriesChart(history: SeriesArtifact["history"], f: SeriesForecast, historyWeeks: number, horizon: number, color: string, legend: boolean): ChartSpec {
  const hist = history.values.slice(-historyWeeks);
  const histDates = weekDates(history.start, history.values.length).slice(-historyWeeks);
  const n = Math.min(horizon, f.dates.length);
  const dates = [...histDates, ...f.dates.slice(0, n)];
  const h = hist.length;
  const fIdx = (i: number) => h + i;
  const tail: [number, number][] = h ? [[h - 1, hist[h - 1]]] : [];
  return {
    kind: "xy",
    legend,
    x: { format: "date", dates },
    y: { format: "number", includeZero: false },
    markers: legend ? [{ x: h - 0.5, label: "forecast →" }] : undefined,
    series: [
      { type: "band", name: "95 % interval", color, opacity: 0.12, points: Array.from({ length: n }, (_, i) => [fIdx(i), f.lo95[i], f.hi95[i]]) },
      { type: "band", name: "80 % interval", color, opacity: 0.25, points: Array.from({ length: n }, (_, i) => [fIdx(i), f.lo80[i], f.hi80[i]]) },
      { type: "line", name: "Actual", color: "#0f172a", points: hist.map((v, i) => [i, v]), width: 1 },
      {
        type: "line",
        name: "Forecast",
        color,
        points: [...tail, ...Array.from({ length: n }, (_, i) => [fIdx(i), f.yhat[i]] as [number, number])],
        width: 1.4,
      },
    ],
  };
}

/**
 * The forecast report: next 13 weeks of activations by channel and region with 80/95 % intervals, each series'
 * backtest accuracy, the money cost of forecast error (unit economics) and the open drop alerts — from one stored
 * forecast run.
 */
export function buildForecastReport(input: ForecastReportInput): ReportDocument {
  const { meta, series, forecasts, labels } = input;
  const H = Math.min(REPORT_HORIZON, meta.horizon);
  const channelLabel = (c: string) => labels[c] ?? c;
  const keyLabel = (key: string) => {
    const { channel, region } = parseSeriesKey(key);
    return `${channel ? channelLabel(channel) : "All channels"} · ${region ?? "all regions"}`;
  };
  const keys = hierarchyKeys(meta.channels, meta.regions).filter((k) => series[k] && forecasts[k]);
  const blocks: ReportBlock[] = [];

  const total = series[GRAND_TOTAL_KEY];
  const totalF = forecasts[GRAND_TOTAL_KEY];
  if (total && totalF) {
    const head = forecastHeadline(total.history.values, totalF.yhat, H);
    const base = total.leaderboard.find((l) => l.model === total.shown)?.metrics;
    const saving = total.money ? savingVsBaseline(total.money, total.shown) : null;
    blocks.push({
      type: "stats",
      items: [
        { label: `Forecast, next ${H} weeks`, value: formatNumber(head.forecastTotal), sub: `activations, all channels and regions` },
        { label: `vs last ${head.recentWeeks} weeks`, value: signedPercent(head.change), sub: `${formatNumber(head.recentTotal)} activations then` },
        {
          label: "Backtest MASE (total)",
          value: typeof base?.mase === "number" ? base.mase.toFixed(2) : "—",
          sub: `${total.shown} · sMAPE ${typeof base?.smape === "number" ? base.smape.toFixed(1) : "—"} % · 80 % coverage ${formatPercent(base?.coverage80, 0)}`,
        },
        { label: "Open drop alerts", value: String(input.alerts.length), sub: `drop > ${meta.dropThresholdPct.toFixed(0)} % over the next weeks` },
      ],
    });
    if (saving)
      blocks.push({
        type: "paragraph",
        tone: "muted",
        text: `Over the backtest weeks the total's forecast (${saving.model}) cost ${formatMoney(total.money!.models[saving.model]?.cost)} in forecast error against ${formatMoney(total.money!.models[saving.baseline]?.cost)} for ${saving.baseline === "snaive" ? "seasonal naive (same week last year)" : "naive"}: ${signedMoney(saving.saving)} (${formatPercent(saving.savingPct)} less).`,
      });
    blocks.push({
      type: "chart",
      title: "Weekly activations, all channels and regions: last year and the next 13 weeks",
      chart: seriesChart(total.history, totalF, 52, H, SERIES_COLORS[0], true),
      aspect: 0.34,
      caption: `Forecast from ${meta.origin} (last observed week). Bands: 80 % and 95 % prediction intervals. Channel and region totals are the bottom-up sum of the ${meta.channels.length * meta.regions.length} channel × region forecasts (${meta.reconciliation.method}).`,
    });
  }

  blocks.push({ type: "heading", text: "By channel and by region" });
  const channelKeys = meta.channels.map((c) => `${c}|*`).filter((k) => series[k] && forecasts[k]);
  const regionKeys = meta.regions.map((r) => `*|${r}`).filter((k) => series[k] && forecasts[k]);
  blocks.push({
    type: "chart-grid",
    columns: 3,
    aspect: 0.62,
    items: [...channelKeys, ...regionKeys].map((k, i) => ({
      title: keyLabel(k),
      chart: seriesChart(series[k].history, forecasts[k], 26, H, SERIES_COLORS[i % SERIES_COLORS.length], false),
    })),
    caption: "Last 26 weeks (black) and the next 13 (coloured) with 80 % and 95 % intervals, activations per week.",
  });

  blocks.push({ type: "heading", text: "Next 13 weeks by channel and region, with backtest accuracy" });
  blocks.push({
    type: "table",
    testId: "forecast-series-table",
    columns: [
      { label: "Series", weight: 1.9 },
      { label: `${H}-wk total`, align: "right" },
      { label: "80 % range", align: "right", weight: 1.5 },
      { label: "Week 1 (80 %)", align: "right", weight: 1.5 },
      { label: `Week ${H} (80 %)`, align: "right", weight: 1.5 },
      { label: "Model", weight: 1.1 },
      { label: "MASE", align: "right", weight: 0.6 },
      { label: "sMAPE", align: "right", weight: 0.7 },
      { label: "80 % cov.", align: "right", weight: 0.7 },
    ],
    rows: keys.map((k) => {
      const s = series[k];
      const f = forecasts[k];
      const n = Math.min(H, f.yhat.length);
      const m = s.leaderboard.find((l) => l.model === s.shown)?.metrics ?? {};
      const wk = (i: number) => `${formatNumber(f.yhat[i])} (${formatNumber(f.lo80[i])}–${formatNumber(f.hi80[i])})`;
      return [
        isBottomKey(k) ? keyLabel(k) : `${keyLabel(k)} (total)`,
        formatNumber(sum(f.yhat, n)),
        `${formatNumber(sum(f.lo80, n))}–${formatNumber(sum(f.hi80, n))}`,
        wk(0),
        wk(n - 1),
        f.model === "reconciled" ? `${s.shown} (reconciled)` : f.model,
        typeof m.mase === "number" ? m.mase.toFixed(2) : "—",
        typeof m.smape === "number" ? `${m.smape.toFixed(1)} %` : "—",
        typeof m.coverage80 === "number" ? formatPercent(m.coverage80, 0) : "—",
      ];
    }),
    caption: `Activations. The ${H}-week 80 % range adds up the weekly bounds, which assumes the weeks' errors move together (they usually do); it is the widest reasonable range. MASE below 1 beats a naive last-week forecast; coverage is the share of backtest weeks inside the 80 % interval (target 80 %).`,
  });

  blocks.push({ type: "heading", text: "What forecast error costs" });
  const moneyKeys = keys.filter((k) => !isBottomKey(k) && series[k].money);
  if (moneyKeys.length) {
    const any = series[moneyKeys[0]].money!;
    blocks.push({
      type: "table",
      testId: "forecast-money-table",
      columns: [
        { label: "Series", weight: 1.9 },
        { label: "Backtest weeks", align: "right", weight: 0.8 },
        { label: "Cost of error", align: "right" },
        { label: "over / under", align: "right", weight: 1.4 },
        { label: "vs seasonal naive", align: "right", weight: 1.5 },
        { label: `Plan number, ${H} wk`, align: "right" },
      ],
      rows: moneyKeys.map((k) => {
        const s = series[k];
        const money = s.money!;
        const mm = money.models[s.shown];
        const saving = savingVsBaseline(money, s.shown);
        const plan = money.shownPlan ?? mm?.plan ?? [];
        return [
          `${keyLabel(k)}${isBottomKey(k) ? "" : " (total)"}`,
          String(mm?.weeks ?? "—"),
          formatMoney(mm?.cost),
          `${formatMoney(mm?.over)} / ${formatMoney(mm?.under)}`,
          saving ? `${signedMoney(saving.saving)} (${saving.savingPct === null ? "—" : formatPercent(saving.savingPct, 0)})` : "—",
          plan.length ? formatNumber(sum(plan, H)) : "—",
        ];
      }),
      caption: `USD from unit economics: an over-forecast unit costs ${formatMoney(any.co, "precise")} (wasted spend and capacity), an under-forecast unit ${formatMoney(any.cu, "precise")} (lost margin), per the first series' channels. The plan number is the forecast quantile at the critical ratio cu/(cu+co) = ${formatPercent(any.ratio, 0)}: the order quantity that minimises the expected cost of error.`,
    });
  } else {
    blocks.push({ type: "paragraph", tone: "muted", text: "No unit economics: import cost and revenue per activation to price forecast error." });
  }

  blocks.push({ type: "heading", text: "Open drop alerts" });
  if (input.alerts.length) {
    blocks.push({
      type: "table",
      testId: "forecast-alert-table",
      columns: [
        { label: "Series", weight: 1.3 },
        { label: "What the forecast says", weight: 4 },
        { label: "Raised (UTC)", weight: 1 },
      ],
      rows: input.alerts.map((a) => [keyLabel(a.seriesKey), a.message, a.createdAt.slice(0, 16).replace("T", " ")]),
    });
  } else {
    blocks.push({ type: "paragraph", text: `No open drop alert: no series is forecast to fall by more than ${meta.dropThresholdPct.toFixed(0)} %.` });
  }
  blocks.push({
    type: "bullets",
    tone: "muted",
    items: [
      `Future drivers: ${
        meta.futureRegressors.source === "scenario"
          ? `weekly spend from scenario “${meta.futureRegressors.scenarioName}” (#${meta.futureRegressors.scenarioId}), media effects from the mix model`
          : meta.futureRegressors.source === "current-mix"
            ? "the current mix of weekly spend, media effects from the mix model; promotions and macro indicators carried forward"
            : "last known spend, promotions, campaign budgets and macro indicators carried forward"
      }.`,
      "Intervals are calibrated on walk-forward backtests; they describe forecast error, not scenario changes.",
    ],
  });

  return {
    meta: {
      kind: "forecast",
      title: "Forecast report",
      subtitle: `Weekly demand (activations) for the next ${H} weeks from ${meta.origin}, by channel and region, with intervals, accuracy and the money cost of error · ${input.dataset.name}.`,
      datasetName: input.dataset.name,
      datasetVersion: input.dataset.version,
      runs: [{ label: "Forecast run", id: input.run.id, finishedAt: input.run.finishedAt }],
      codeVersion: input.run.codeVersion,
      generatedAt: input.generatedAt,
    },
    blocks,
  };
}

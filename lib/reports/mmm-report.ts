import { SERIES_COLORS } from "../../components/charts/colors";
import { formatMoney, formatNumber, formatPercent, formatRatio } from "../format";
import { decompositionRows } from "../mmm/view/decomposition-rows";
import { geoRoiGrid } from "../mmm/view/geo-roi-grid";
import { describePartners, FOLLOWS_SEASON_SENTENCE, weaklyIdentified } from "../mmm/view/identifiability";
import type { MmmRunArtifacts, MmmRunMetrics } from "../runs/mmm";
import { responseCurveRows } from "../mmm/view/response-curve-rows";
import { summarizeMedia } from "../mmm/view/summarize-media";
import type { ChartSpec, XYSeries } from "./chart-spec";
import type { RecommendedPlan } from "./recommended-plan";
import { moneyRange, ratioRange, signedMoney, signedPercent } from "./report-format";
import type { ReportBlock, ReportDocument } from "./report-types";

export type RunRef = { id: number; datasetVersion: number; finishedAt: string | null; codeVersion: string };

export type MmmReportInput = {
  generatedAt: string;
  dataset: { name: string; version: number };
  run: RunRef;
  artifacts: MmmRunArtifacts;
  metrics: MmmRunMetrics;
  labels: Record<string, string>;
  /** null when no plan could be made (e.g. the model's response curves are invalid) */
  plan: RecommendedPlan | null;
  planError?: string;
};

const color = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length];

/**
 * The mix-model one-pager (Robyn's one-pager, Meridian's summary): fit quality, decomposition, ROI and marginal ROI
 * with intervals, response curves with current (and recommended) spend, carryover, the recommended allocation with
 * its expected gain and risk, and the caveats — from one stored mmm run.
 */
export function buildMmmReport(input: MmmReportInput): ReportDocument {
  const { artifacts: a, metrics: m, labels, plan } = input;
  const view = a.view;
  const label = (name: string) => labels[name] ?? view.channels.find((c) => c.name === name)?.label ?? name;
  const channels = a.channels;
  const media = summarizeMedia(channels, view.totalRevenue);
  const blocks: ReportBlock[] = [];
  const geos = a.geos ?? [];
  // A geo run stored before the geo model took lift tests did not use them (it reports no lift z²).
  const lifts = view.liftTests.length > 0 && (!geos.length || a.fit.liftZ2 !== undefined);

  blocks.push({
    type: "stats",
    items: [
      { label: "Fit R²", value: a.fit.r2.toFixed(3), sub: `NRMSE ${a.fit.nrmse.toFixed(3)} · MAPE ${formatPercent(a.fit.mape)}` },
      {
        label: "Media contribution",
        value: formatMoney(media.totalContribution),
        sub: `${formatPercent(media.shareOfRevenue)} of ${formatMoney(view.totalRevenue)} revenue`,
      },
      { label: "Blended ROI", value: formatRatio(media.blendedRoi), sub: `on ${formatMoney(media.totalSpend)} spend` },
      { label: "Weeks modelled", value: String(a.weeks), sub: `${view.firstWeek} to ${view.lastWeek}` },
    ],
  });
  blocks.push({
    type: "paragraph",
    tone: "muted",
    text: `${
      geos.length
        ? `Weekly revenue (USD) in ${geos.length} regions modelled by a geo-level model from ${channels.length} channels' regional spend: adstock (carryover) and Hill saturation shared per channel, each region's effect pooled toward the national one, national figures the sums of the regions; controlling for each region's trend, season, holidays, promotions and macro indicators`
        : `National weekly revenue (USD) modelled from ${channels.length} channels' spend with adstock (carryover) and Hill saturation, controlling for trend, season, holidays, promotions and macro indicators`
    }${lifts ? `, calibrated to ${view.liftTests.length} lift tests (${[...new Set(view.liftTests.map((l) => label(l.channel)))].join(", ")})` : ""}. Intervals are 90 % from a ${a.bootstrap.replicates}-replicate block bootstrap of weeks${geos.length ? " (national ones also resample the regions)" : ""}.`,
  });

  // Fit quality
  const decomposition = decompositionRows(
    a.decomposition,
    channels.map((c) => c.name),
  );
  const dates = decomposition.map((r) => r.date);
  blocks.push({ type: "heading", text: "Fit and decomposition" });
  blocks.push({
    type: "chart",
    title: "Actual vs fitted weekly revenue (USD)",
    chart: {
      kind: "xy",
      x: { format: "date", dates },
      y: { format: "money" },
      series: [
        { type: "line", name: "Actual", color: "#0f172a", points: decomposition.map((r, i) => [i, r.actual]), width: 1 },
        { type: "line", name: "Fitted", color: "#D55E00", points: decomposition.map((r, i) => [i, r.fitted]), width: 1.2 },
      ],
    },
    aspect: 0.28,
  });
  const parts: { key: string; name: string; color: string }[] = [
    { key: "baseline", name: "Baseline (level, trend, season)", color: "#cbd5e1" },
    { key: "promotions", name: "Promotions", color: "#94a3b8" },
    { key: "holidays", name: "Holidays", color: "#64748b" },
    { key: "macro", name: "Macro", color: "#475569" },
    ...channels.map((c, i) => ({ key: c.name, name: label(c.name), color: color(i) })),
  ];
  const stackSeries: XYSeries[] = [];
  const cumulative = decomposition.map(() => 0);
  for (const p of parts) {
    const points: [number, number, number][] = decomposition.map((r, i) => {
      const lo = cumulative[i];
      cumulative[i] += Number(r[p.key] ?? 0);
      return [i, Math.min(lo, cumulative[i]), Math.max(lo, cumulative[i])];
    });
    stackSeries.push({ type: "band", name: p.name, color: p.color, points, opacity: 0.85 });
  }
  blocks.push({
    type: "chart",
    title: "Where weekly revenue came from (stacked, USD)",
    caption:
      "Baseline is the organic level with trend and season; macro shows swings around its window average; each channel's band is its modelled contribution. The stack adds up to the fitted revenue.",
    chart: {
      kind: "xy",
      x: { format: "date", dates },
      y: { format: "money", includeZero: true },
      series: [...stackSeries, { type: "line", name: "Actual", color: "#0f172a", points: decomposition.map((r, i) => [i, r.actual]), width: 0.8 }],
    },
    aspect: 0.38,
  });

  // ROI
  blocks.push({ type: "heading", text: "Return on spend by channel" });
  const roiChart: ChartSpec = {
    kind: "intervals",
    format: "ratio",
    rows: channels.map((c, i) => ({ label: label(c.name), value: c.roi, low: c.roiLow, high: c.roiHigh, color: color(i) })),
    reference: { value: 1, label: "break-even" },
    xLabel: "ROI: revenue per $1 of spend (90 % interval)",
  };
  const mroiChart: ChartSpec = {
    kind: "intervals",
    format: "ratio",
    rows: channels.map((c, i) => ({ label: label(c.name), value: c.mroi, low: c.mroiLow, high: c.mroiHigh, color: color(i) })),
    reference: { value: 1, label: "break-even" },
    xLabel: "Marginal ROI: revenue from the next $1/week",
  };
  blocks.push({
    type: "chart-grid",
    columns: 2,
    items: [
      { title: "ROI (window)", chart: roiChart },
      { title: "Marginal ROI (at current spend)", chart: mroiChart },
    ],
    aspect: 0.55,
    caption: "Dashed line: break-even (1×). Dots are estimates, whiskers 90 % intervals.",
  });
  const cpaOf = new Map(view.channels.map((c) => [c.name, c]));
  blocks.push({
    type: "table",
    testId: "mmm-channel-table",
    columns: [
      { label: "Channel", weight: 1.3 },
      { label: "Spend", align: "right" },
      { label: "Contribution", align: "right", weight: 1.6 },
      { label: "Share", align: "right", weight: 0.7 },
      { label: "ROI (90 %)", align: "right", weight: 1.6 },
      { label: "Marginal ROI (90 %)", align: "right", weight: 1.6 },
      { label: "Cost per activation", align: "right", weight: 1.1 },
      { label: "Carry-over", align: "right", weight: 0.9 },
    ],
    rows: channels.map((c) => {
      const v = cpaOf.get(c.name);
      return [
        label(c.name),
        formatMoney(c.spend),
        `${formatMoney(c.contribution)} (${moneyRange(c.contributionLow, c.contributionHigh)})`,
        formatPercent(c.share, 0),
        `${formatRatio(c.roi)} (${ratioRange(c.roiLow, c.roiHigh)})`,
        `${formatRatio(c.mroi)} (${ratioRange(c.mroiLow, c.mroiHigh)})`,
        v?.cpa !== null && v?.cpa !== undefined ? formatMoney(v.cpa, "precise") : "—",
        `${c.carryoverWeeks} wk`,
      ];
    }),
    caption: "Contribution: revenue in the window the model attributes to the channel. Carryover: weeks until 90 % of a week's spend effect has landed.",
  });

  if (geos.length) {
    // The Channel ROI page's region × channel grid (same numbers, same order: largest region first).
    const grid = geoRoiGrid(channels, geos, labels, view.regionalTruth);
    blocks.push({ type: "heading", text: "Return on spend by region" });
    const cell = (c: { roi: number; low: number; high: number }) => `${formatRatio(c.roi)} (${ratioRange(c.low, c.high)})`;
    blocks.push({
      type: "table",
      testId: "mmm-region-table",
      columns: [{ label: "Region", weight: 1.1 }, ...grid.channels.map((c) => ({ label: c.label, align: "right" as const, weight: 1.3 }))],
      rows: [["National", ...grid.national.map(cell)], ...grid.rows.map((r) => [r.name, ...r.cells.map(cell)])],
      caption: `ROI (90 % interval) per region: revenue per $1 of the region's own spend in the window. Regions with little data lean on the national (pooled) estimate.${
        grid.truth?.medianAbsPctError !== null && grid.truth?.medianAbsPctError !== undefined
          ? ` Against the demo's regional truth: median absolute error ${formatPercent(grid.truth.medianAbsPctError)}, intervals cover ${grid.truth.covered} of ${grid.truth.count} cells.`
          : ""
      }`,
    });
  }

  // Response curves with current and recommended spend
  blocks.push({ type: "heading", text: "Response curves" });
  const plannedOf = new Map(plan?.rows.map((r) => [r.channel, r.planned]) ?? []);
  blocks.push({
    type: "chart-grid",
    columns: 3,
    aspect: 0.7,
    caption:
      "Steady-state weekly revenue (USD) at a constant weekly spend, with the 90 % band. Dark dot: today's mean weekly spend; orange dot: the recommended spend.",
    items: channels.map((c, i) => {
      const curve = responseCurveRows(c.responseCurve, c.meanWeeklySpend);
      const series: XYSeries[] = [
        { type: "band", name: "_band", color: color(i), points: curve.rows.map((r) => [r.spend, r.band[0], r.band[1]]) },
        { type: "line", name: "_curve", color: color(i), points: curve.rows.map((r) => [r.spend, r.kpi]) },
      ];
      if (curve.current) series.push({ type: "dots", name: "_now", color: "#0f172a", points: [[curve.current.spend, curve.current.kpi]], radius: 3 });
      const planned = plannedOf.get(c.name);
      if (planned !== undefined) {
        const at = responseCurveRows(c.responseCurve, planned).current;
        if (at) series.push({ type: "dots", name: "_plan", color: "#E69F00", points: [[at.spend, at.kpi]], radius: 3 });
      }
      return {
        title: `${label(c.name)} · now ${formatMoney(c.meanWeeklySpend)}/wk`,
        chart: { kind: "xy", legend: false, x: { format: "money", min: 0 }, y: { format: "money", includeZero: true }, series },
      };
    }),
  });

  // Carryover
  const maxLag = Math.max(...view.channels.map((c) => c.adstockWeights.length)) - 1;
  blocks.push({
    type: "chart",
    title: "Carryover: share of a week's spend effect landing in each later week",
    chart: {
      kind: "xy",
      x: { format: "number", label: "weeks after the spend", min: 0, max: Math.max(1, maxLag) },
      y: { format: "percent", includeZero: true },
      series: view.channels.map((c, i) => ({
        type: "line" as const,
        name: label(c.name),
        color: color(channels.findIndex((x) => x.name === c.name) >= 0 ? channels.findIndex((x) => x.name === c.name) : i),
        points: c.adstockWeights.map((w, lag) => [lag, w] as [number, number]),
      })),
    },
    aspect: 0.3,
  });

  // Recommended allocation
  blocks.push({ type: "heading", text: "Recommended allocation" });
  if (plan) {
    const gainText = plan.gainInterval
      ? `${signedMoney(plan.gain)} (90 %: ${signedMoney(plan.gainInterval.low)} to ${signedMoney(plan.gainInterval.high)})`
      : signedMoney(plan.gain);
    blocks.push({
      type: "stats",
      items: [
        { label: "Weekly budget", value: formatMoney(plan.totalBudget), sub: "today's mix, last 13 weeks" },
        { label: "Media revenue now", value: `${formatMoney(plan.current.revenue)}/wk`, sub: `90 %: ${moneyRange(plan.current.low, plan.current.high)}` },
        { label: "Recommended", value: `${formatMoney(plan.planned.revenue)}/wk`, sub: `90 %: ${moneyRange(plan.planned.low, plan.planned.high)}` },
        {
          label: "Expected gain",
          value: `${gainText}/wk`,
          sub:
            plan.probBeatsCurrent !== null
              ? `P(beats current mix) ${formatPercent(plan.probBeatsCurrent, 0)}${plan.gainInterval ? " · 90 % over the bootstrap draws" : ""}`
              : plan.gainInterval
                ? "90 % interval over the bootstrap draws"
                : "point estimate; P(beats current) not reported by this optimizer",
        },
      ],
    });
    blocks.push({
      type: "table",
      testId: "mmm-plan-table",
      columns: [
        { label: "Channel", weight: 1.4 },
        { label: "Now ($/wk)", align: "right" },
        { label: "Recommended ($/wk)", align: "right" },
        { label: "Change", align: "right" },
        { label: "Largest week seen", align: "right" },
        { label: "Within the data?", weight: 1.3 },
      ],
      rows: plan.rows.map((r) => [
        label(r.channel),
        formatMoney(r.current),
        formatMoney(r.planned),
        `${signedMoney(r.change)}${r.changePct !== null ? ` (${signedPercent(r.changePct, 0)})` : ""}`,
        r.maxObserved !== null ? formatMoney(r.maxObserved) : "—",
        r.outsideData ? "No: beyond the spend the data has seen" : "yes",
      ]),
      caption: `Maximises weekly media revenue for the same weekly budget (the Planner's default optimizer run; ${plan.optimality.kind === "exact" ? "global optimum" : `within ${formatMoney(plan.optimality.gap)} of the optimum`}). Revenue intervals are 90 % over the bootstrap draws of the response curves; they describe the model's uncertainty, not weekly noise.`,
    });
  } else {
    blocks.push({
      type: "paragraph",
      tone: "warning",
      text: `No recommended allocation: ${input.planError ?? "the model's response curves could not be used for planning"}.`,
    });
  }

  // Caveats
  blocks.push({ type: "heading", text: "Caveats" });
  const caveats: string[] = [];
  // The fit's own verdict when it records one (on the channel result or its response curve), else the interval rule.
  const unidentified = new Set(
    [...(channels as { name: string; identified?: boolean }[]), ...((a.responseModel?.channels ?? []) as { name: string; identified?: boolean }[])]
      .filter((c) => c.identified === false)
      .map((c) => c.name),
  );
  const flagged = channels.filter((c) => unidentified.has(c.name));
  const identifiability = weaklyIdentified(
    channels.map((c) => ({ ...c, identified: !unidentified.has(c.name) })),
    Object.fromEntries(channels.map((c) => [c.name, label(c.name)])),
    view.spendOverlap ?? [],
  );
  const partners = (name: string) => {
    const n = identifiability.find((x) => x.name === name);
    return n?.movesWith.length ? ` Its weekly spend moves with ${describePartners(n.movesWith)}.` : "";
  };
  const season = (name: string) => (identifiability.find((x) => x.name === name)?.followsSeason ? ` ${FOLLOWS_SEASON_SENTENCE}` : "");
  const notes = flagged.length
    ? flagged.map(
        (c) =>
          `${label(c.name)}: indistinguishable from zero in this data (ROI 90 % interval ${ratioRange(c.roiLow, c.roiHigh)}).${season(c.name)}${partners(c.name)}`,
      )
    : identifiability
        .filter((n) => n.reason === "includes-zero" || n.reason === "wide")
        .map((n) =>
          n.reason === "includes-zero"
            ? `${n.label}: not identified — the 90 % ROI interval (${ratioRange(n.roiLow, n.roiHigh)}) reaches zero; the model cannot tell its effect apart from none.${partners(n.name)}`
            : `${n.label}: weakly identified — the 90 % ROI interval (${ratioRange(n.roiLow, n.roiHigh)}) is wider than the estimate.${partners(n.name)}`,
        );
  caveats.push(...notes);
  for (const n of identifiability.filter((x) => x.reason === "shares-signal"))
    caveats.push(
      `${n.label}: its weekly spend moves with ${describePartners(n.movesWith)}, which the model cannot tell from zero; part of their effect may sit in ${n.label}'s ROI.`,
    );
  if (plan?.keptCurrentMix && plan.hingesOn.length)
    caveats.push(
      `The recommendation keeps today's mix: the model's draws disagree about whether any move pays, most about ${plan.hingesOn
        .map((h) => `${label(h.channel)} (${formatPercent(h.share, 0)})`)
        .join(
          ", ",
        )} of the spread in the move's gain. A lift test that raises or cuts ${label(plan.hingesOn[0].channel)}'s spend for a few weeks would narrow the decision most.`,
    );
  if (plan?.outsideData.length)
    caveats.push(
      `Outside the data's range: the recommendation puts ${plan.outsideData.map(label).join(", ")} above the largest weekly spend in the fit window, where the response curve is an extrapolation. Test such a step (e.g. a geo experiment) before committing the budget.`,
    );
  else if (plan) caveats.push("Every recommended channel spend lies within the weekly spend range the data has seen.");
  caveats.push(
    "ROI and contributions are modelled effects from observational data: spend that moves with demand or with another channel is hard to separate. Lift tests are the way to confirm a channel's return.",
  );
  if (m.truth)
    caveats.push(
      `Demo data with known truth: median ROI error ${formatPercent(m.truth.medianAbsPctError)}; the 90 % intervals cover the true ROI for ${m.truth.coveredCount} of ${m.truth.channelCount} channels.`,
    );
  blocks.push({ type: "bullets", items: caveats });

  return {
    meta: {
      kind: "mmm",
      title: "Mix-model report",
      subtitle: `Channel ROI, response curves and the recommended budget for ${input.dataset.name}, weeks ${view.firstWeek} to ${view.lastWeek} (${formatNumber(a.weeks)} weeks), revenue in USD.`,
      datasetName: input.dataset.name,
      datasetVersion: input.dataset.version,
      runs: [{ label: "Mix-model run", id: input.run.id, finishedAt: input.run.finishedAt }],
      codeVersion: input.run.codeVersion,
      generatedAt: input.generatedAt,
    },
    blocks,
  };
}

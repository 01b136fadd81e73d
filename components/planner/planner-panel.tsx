"use client";

import { formatMoney, formatSignedMoney, formatSignedPercent } from "@/lib/format";
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InfoTip } from "@/components/ui/info-tip";
import type { ResponseModel } from "@/lib/mmm/types";
import {
  allocateBudget,
  allocationCurve,
  compareFlighting,
  keptCurrentMix,
  OptimizeError,
  type AllocationCurve,
  type FlightingComparison,
} from "@/lib/optimize";
import type { ScenarioObjective } from "@/lib/planner/scenario-schema";
import { boundsFromInputs, type BoundsInput } from "@/lib/planner/bounds-from-inputs";
import { curveFractionsFor, flightingChartRows } from "@/lib/planner/chart-rows";
import { planOutcome } from "@/lib/planner/plan-outcome";
import { planRiskView } from "@/lib/planner/plan-risk-view";
import { parsePulsePattern } from "@/lib/planner/pulse-pattern";
import { scenarioPredicted } from "@/lib/planner/scenario-predicted";
import { sliderScale } from "@/lib/planner/slider-scale";
import { AllocationCurveChart } from "./allocation-curve-chart";
import { ChannelRow } from "./channel-row";
import { FlightingChart } from "./flighting-chart";
import { PlanForecastCard, type PlanForecastInputs } from "./plan-forecast-card";
import { PlannerKpis } from "./planner-kpis";
import { PlanRiskCard, type OptimizeSummary } from "./plan-risk-card";
import { SaveScenarioCard, type LoadedScenario } from "./save-scenario-card";
import { useDebouncedValue } from "./use-debounced-value";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

type OptimizeObjective = "revenue" | "profit" | "target-revenue";
const OBJECTIVES: { value: OptimizeObjective; label: string }[] = [
  { value: "revenue", label: "Maximize revenue" },
  { value: "profit", label: "Maximize profit" },
  { value: "target-revenue", label: "Reach target revenue at least cost" },
];

export type PlannerPanelProps = {
  model: ResponseModel;
  runId: number;
  channels: { name: string; label: string }[];
  baseline: Record<string, number>;
  revenuePerActivation: Record<string, number>;
  defaultMargin: number;
  marginFromEconomics: boolean;
  initial?: {
    scenario: LoadedScenario;
    allocation: Record<string, number>;
    totalBudget: number;
    objective: string;
    horizonWeeks?: number;
    margin?: number;
  } | null;
  /** The champion forecast's baselines and carryover (null: no forecast built with this mix model yet; see planForecastNote). */
  planForecast?: PlanForecastInputs | null;
  planForecastNote?: string | null;
};

/** Spend-range choices for the optimizer: the trust-region factor k (planned spend ≤ k × the data's highest level). */
const RANGES = [
  { value: "data", factor: 1, label: "Inside the data (default)" },
  { value: "wide", factor: 1.5, label: "Up to 1.5× the data's range" },
  { value: "any", factor: Infinity, label: "No limit (extrapolate)" },
] as const;
type RangeMode = (typeof RANGES)[number]["value"];

const noopSubscribe = () => () => {};
const sum = (a: Record<string, number>) => Object.values(a).reduce((x, y) => x + y, 0);
const errorText = (e: unknown) => (e instanceof OptimizeError || e instanceof Error ? e.message : String(e));

/**
 * The what-if planner: sliders per channel whose predicted outcome is recomputed in the browser on
 * every move (pure predictPlan/planInterval over the stored response model), the optimizer for a
 * total budget with bounds and locks, the allocation curve and the flighting comparison.
 */
export function PlannerPanel({
  model,
  runId,
  channels,
  baseline,
  revenuePerActivation,
  defaultMargin,
  marginFromEconomics,
  initial,
  planForecast = null,
  planForecastNote = null,
}: PlannerPanelProps) {
  const baselineBudget = sum(baseline);
  // True once React owns the sliders (false in the server HTML), so tests and users know input is live.
  const interactive = useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );
  const [allocation, setAllocation] = useState<Record<string, number>>(() => ({ ...baseline, ...(initial?.allocation ?? {}) }));
  const [budgetText, setBudgetText] = useState(() => String(Math.round(initial?.totalBudget ?? baselineBudget)));
  const [horizonText, setHorizonText] = useState(String(initial?.horizonWeeks ?? 13));
  // The exact margin stays in force until the user edits it: the one-decimal text alone would change profit by
  // ~$100/week against the Scenarios page's baseline, computed with the exact margin.
  const startMargin = initial?.margin ?? defaultMargin;
  const startMarginText = (startMargin * 100).toFixed(1);
  const [marginText, setMarginText] = useState(startMarginText);
  const [objective, setObjective] = useState<OptimizeObjective>("revenue");
  const [targetText, setTargetText] = useState("");
  const [planObjective, setPlanObjective] = useState<ScenarioObjective>((initial?.objective as ScenarioObjective) ?? "manual");
  const [bounds, setBounds] = useState<Record<string, BoundsInput>>(() => Object.fromEntries(channels.map((c) => [c.name, { min: "", max: "" }])));
  const [locked, setLocked] = useState<Record<string, boolean>>({});
  const [optimizeError, setOptimizeError] = useState<string | null>(null);
  const [optimizeNote, setOptimizeNote] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<LoadedScenario | null>(initial?.scenario ?? null);
  const [pattern, setPattern] = useState("2 on / 2 off");
  const [rangeMode, setRangeMode] = useState<RangeMode>("data");
  const [unlockUnidentified, setUnlockUnidentified] = useState(false);
  const [summary, setSummary] = useState<OptimizeSummary | null>(null);

  const budget = Number(budgetText.replace(/[$,\s]/g, ""));
  const budgetOk = Number.isFinite(budget) && budget > 0;
  const horizon = Math.round(Number(horizonText));
  const horizonOk = Number.isInteger(horizon) && horizon >= 1 && horizon <= 104;
  const marginPct = Number(marginText);
  const marginOk = Number.isFinite(marginPct) && marginPct > 0 && marginPct <= 100;
  const margin = marginText === startMarginText ? startMargin : marginOk ? marginPct / 100 : defaultMargin;
  const weeks = horizonOk ? horizon : 13;
  const parsedBounds = useMemo(() => boundsFromInputs(bounds), [bounds]);

  // Measured on every render that changes the plan: this is the "answers instantly" promise.
  const { outcome, computeMs } = useMemo(() => {
    const t0 = performance.now();
    const o = planOutcome(model, allocation, { margin, revenuePerActivation, horizonWeeks: weeks });
    return { outcome: o, computeMs: performance.now() - t0 };
  }, [model, allocation, margin, revenuePerActivation, weeks]);
  const baselineOutcome = useMemo(
    () => planOutcome(model, baseline, { margin, revenuePerActivation, horizonWeeks: weeks }),
    [model, baseline, margin, revenuePerActivation, weeks],
  );

  const lockedSpend = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(locked)
          .filter(([, v]) => v)
          .map(([k]) => [k, allocation[k] ?? 0]),
      ),
    [locked, allocation],
  );
  const range = RANGES.find((r) => r.value === rangeMode) ?? RANGES[0];
  const optimizerOptions = useMemo(
    () => ({ margin, bounds: parsedBounds.bounds, locked: lockedSpend, current: baseline, extrapolate: range.factor, unlockUnidentified }),
    [margin, parsedBounds.bounds, lockedSpend, baseline, range.factor, unlockUnidentified],
  );
  // Gain vs the current mix, P(beats it) and the data-range flags follow every plan, optimized or moved by hand.
  const risk = useMemo(() => planRiskView(model, allocation, baseline), [model, allocation, baseline]);
  const labels = useMemo(() => Object.fromEntries(channels.map((c) => [c.name, c.label])), [channels]);

  const setChannel = (name: string, v: number) => {
    setAllocation((a) => ({ ...a, [name]: v }));
    setPlanObjective("manual");
    setOptimizeNote(null);
    setSummary(null);
  };

  const optimize = () => {
    setOptimizeError(null);
    setOptimizeNote(null);
    if (!budgetOk) return setOptimizeError("Enter a total weekly budget above $0.");
    if (Object.keys(parsedBounds.errors).length > 0)
      return setOptimizeError(
        `Fix the bounds first: ${Object.entries(parsedBounds.errors)
          .map(([c, m]) => `${c}: ${m}`)
          .join("; ")}`,
      );
    let target: number | undefined;
    if (objective === "target-revenue") {
      target = Number(targetText.replace(/[$,\s]/g, ""));
      if (!(target > 0)) return setOptimizeError("Enter the weekly revenue to reach (USD/week).");
    }
    try {
      const r = allocateBudget(model, { totalBudget: budget, objective, target, ...optimizerOptions });
      setAllocation(r.allocation);
      setPlanObjective(objective);
      setSummary({
        step: r.safeguard ? r.safeguard.step : null,
        notConfident: r.safeguard?.notConfident?.step ?? null,
        notConfidentShape: r.safeguard?.notConfident?.shape === true,
        transfers: r.safeguard?.transfers ?? null,
        hingesOn: r.safeguard?.hingesOn ?? [],
        noSafeguard: r.safeguard ? null : r.basis !== "expected" ? "no-draws" : objective === "target-revenue" ? "target" : "outside-range",
        held: r.perChannel.filter((p) => p.held).map((p) => p.channel),
        rangeLabel: range.label.replace(" (default)", "").toLowerCase(),
      });
      const optimizedFor = `Optimized for ${OBJECTIVES.find((o) => o.value === objective)?.label.toLowerCase()}`;
      setOptimizeNote(
        keptCurrentMix(r.safeguard)
          ? // The safeguard kept the current split: "the best split" would contradict the card below, which says why.
            `${optimizedFor} on the average over ${model.draws?.length ?? 0} plausible models and kept the current split at ${formatMoney(r.predicted.spend, "full")}/wk: no move away from it pays in enough of them (see "Plan vs current mix").`
          : `${optimizedFor} ${r.basis === "expected" ? `on the average over ${model.draws?.length ?? 0} plausible models` : "on the fitted model"}: spends ${formatMoney(r.predicted.spend, "full")}/wk (${r.optimality.kind === "exact" ? "the best possible split for this model" : r.optimality.kind === "grid" ? "the best split on a fine budget grid" : `within ${formatMoney(r.optimality.gap)}/wk of the best possible split`}).`,
      );
    } catch (error) {
      setOptimizeError(errorText(error));
    }
  };

  // Heavier views follow the plan once it settles, so sliders stay instant.
  const curveInputs = useDebouncedValue(
    { budget: budgetOk ? budget : baselineBudget, optimizerOptions, objective: objective === "profit" ? ("profit" as const) : ("revenue" as const) },
    400,
  );
  const curve = useMemo((): { curve: AllocationCurve | null; error: string | null } => {
    try {
      const current = model.channels.reduce((a, c) => a + c.meanWeeklySpend, 0);
      const fractions = curveFractionsFor(curveInputs.budget, current);
      if (fractions.length === 0) return { curve: null, error: "The allocation curve needs a budget above $0." };
      // The frontier of what the optimizer can reach (trust region and holds applied, no safeguard step back toward the current mix).
      return { curve: allocationCurve(model, { objective: curveInputs.objective, ...curveInputs.optimizerOptions, safeguard: false }, fractions), error: null };
    } catch (error) {
      return { curve: null, error: errorText(error) };
    }
  }, [model, curveInputs]);

  const flightInputs = useDebouncedValue({ allocation, weeks, pattern }, 400);
  const flighting = useMemo((): { result: FlightingComparison | null; error: string | null } => {
    try {
      const total = sum(flightInputs.allocation) * flightInputs.weeks;
      if (!(total > 0)) return { result: null, error: "Allocate some spend to compare timings." };
      // Starts from the adstock the spend already made has built up (when a forecast run recorded it).
      const history = planForecast?.past.spend;
      return {
        result: compareFlighting(model, {
          weeks: flightInputs.weeks,
          totalBudget: total,
          allocation: flightInputs.allocation,
          pattern: parsePulsePattern(flightInputs.pattern),
          ...(history ? { history } : {}),
        }),
        error: null,
      };
    } catch (error) {
      return { result: null, error: errorText(error).replace(/^parsePulsePattern: /, "") };
    }
  }, [model, flightInputs, planForecast]);
  const flightRows = useMemo(() => (flighting.result ? flightingChartRows(flighting.result) : []), [flighting.result]);

  const buildPredicted = useCallback(
    () => scenarioPredicted(model, baseline, allocation, { margin, revenuePerActivation, horizonWeeks: weeks }),
    [model, baseline, allocation, margin, revenuePerActivation, weeks],
  );
  const allocated = sum(allocation);

  return (
    <div className="flex flex-col gap-6" data-interactive={interactive ? "true" : "false"} data-testid="planner-panel">
      <Card title="Budget" description="Weekly amounts in USD; the response model is weekly. Totals over the horizon are weekly × weeks.">
        <form
          className="flex flex-wrap items-end gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            optimize();
          }}
        >
          <div className="text-sm">
            <label htmlFor="total-budget" className="mb-1 block text-xs font-medium text-slate-600">
              Total budget (USD/week)
            </label>
            <input
              id="total-budget"
              inputMode="decimal"
              value={budgetText}
              onChange={(e) => setBudgetText(e.target.value)}
              className="tabular w-36 rounded-md border border-slate-300 px-2 py-1.5"
              aria-invalid={!budgetOk}
            />
            <p className="mt-0.5 text-xs text-slate-500">{budgetOk ? `${formatMoney(budget * weeks)} over ${weeks} wk` : "enter an amount above $0"}</p>
          </div>
          <div className="text-sm">
            <label htmlFor="horizon-weeks" className="mb-1 block text-xs font-medium text-slate-600">
              Horizon (weeks)
            </label>
            <input
              id="horizon-weeks"
              type="number"
              min={1}
              max={104}
              value={horizonText}
              onChange={(e) => setHorizonText(e.target.value)}
              className="tabular w-20 rounded-md border border-slate-300 px-2 py-1.5"
              aria-invalid={!horizonOk}
            />
            <p className="mt-0.5 text-xs text-slate-500">{horizonOk ? "default: one quarter" : "1–104 weeks"}</p>
          </div>
          <div className="text-sm">
            <label htmlFor="profit-margin" className="mb-1 flex items-center gap-1 text-xs font-medium text-slate-600">
              Profit margin (%){" "}
              <InfoTip
                text={
                  marginFromEconomics
                    ? "Default: (revenue per activation − cost per activation) / revenue per activation from unit economics, weighted by each channel's activations over the last 13 weeks."
                    : "No unit economics imported: profit is revenue − spend (margin 100 %)."
                }
              />
            </label>
            <input
              id="profit-margin"
              inputMode="decimal"
              value={marginText}
              onChange={(e) => setMarginText(e.target.value)}
              className="tabular w-20 rounded-md border border-slate-300 px-2 py-1.5"
              aria-invalid={!marginOk}
            />
            <p className="mt-0.5 text-xs text-slate-500">{marginOk ? "of revenue" : "0–100 %"}</p>
          </div>
          <div className="text-sm">
            <label htmlFor="spend-range" className="mb-1 flex items-center gap-1 text-xs font-medium text-slate-600">
              Spend range{" "}
              <InfoTip text="How far the optimizer may take a channel beyond the highest weekly level in the data (adstocked). Beyond it the response curve is extrapolated: the model never saw those levels." />
            </label>
            <select
              id="spend-range"
              value={rangeMode}
              onChange={(e) => setRangeMode(e.target.value as RangeMode)}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
            >
              {RANGES.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
            <label className="mt-1 flex items-center gap-1 text-xs text-slate-600">
              <input
                id="unlock-unidentified"
                type="checkbox"
                checked={unlockUnidentified}
                onChange={(e) => setUnlockUnidentified(e.target.checked)}
                className="h-3.5 w-3.5 accent-brand-600"
              />
              let ≈ 0-effect channels move
            </label>
          </div>
          <div className="text-sm">
            <label htmlFor="objective" className="mb-1 block text-xs font-medium text-slate-600">
              Objective
            </label>
            <select
              id="objective"
              value={objective}
              onChange={(e) => setObjective(e.target.value as OptimizeObjective)}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
            >
              {OBJECTIVES.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <p className="mt-0.5 text-xs text-slate-500">
              {objective === "profit" ? "budget is a cap" : objective === "target-revenue" ? "budget is the most to spend" : "spends the whole budget"}
            </p>
          </div>
          {objective === "target-revenue" && (
            <div className="text-sm">
              <label htmlFor="target-revenue" className="mb-1 block text-xs font-medium text-slate-600">
                Target revenue (USD/week)
              </label>
              <input
                id="target-revenue"
                inputMode="decimal"
                value={targetText}
                onChange={(e) => setTargetText(e.target.value)}
                placeholder={String(Math.round(outcome.revenue))}
                className="tabular w-36 rounded-md border border-slate-300 px-2 py-1.5"
              />
              <p className="mt-0.5 text-xs text-slate-500">media revenue</p>
            </div>
          )}
          <div className="flex gap-2 pb-5">
            <Button type="submit">Optimize</Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setAllocation({ ...baseline });
                setPlanObjective("manual");
                setOptimizeError(null);
                setOptimizeNote(null);
                setSummary(null);
              }}
            >
              Reset to baseline
            </Button>
          </div>
        </form>
        {optimizeError && (
          <p role="alert" className="mt-1 text-sm text-rose-700" data-testid="optimize-error">
            {optimizeError}
          </p>
        )}
        {optimizeNote && (
          <p role="status" className="mt-1 text-sm text-emerald-700">
            {optimizeNote}
          </p>
        )}
      </Card>

      <PlannerKpis outcome={outcome} baseline={baselineOutcome} computeMs={computeMs} />

      <PlanRiskCard risk={risk} labels={labels} horizonWeeks={weeks} summary={summary} />
      {planForecast ? (
        <PlanForecastCard model={model} inputs={planForecast} allocation={allocation} currentMix={baseline} horizonWeeks={weeks} />
      ) : (
        planForecastNote && (
          <Card title="Weekly total revenue under the plan">
            <p className="text-sm text-slate-600" data-testid="plan-forecast-note">
              {planForecastNote}
            </p>
          </Card>
        )
      )}

      <Card
        title="Channels"
        description={
          <>
            Allocated{" "}
            <span className="tabular font-medium text-slate-700" data-testid="allocated-total">
              {formatMoney(allocated, "full")}
            </span>
            /wk
            {budgetOk && Math.abs(allocated - budget) > 1
              ? ` (${formatSignedPercent((allocated - budget) / budget)} vs the ${formatMoney(budget, "full")} budget)`
              : " — matches the budget"}
            . Bounds and locks apply when you press Optimize.
          </>
        }
      >
        <div className="overflow-x-auto">
          <Table className="block sm:table">
            <TableHead small className="hidden sm:table-header-group">
              <tr>
                <th className="py-1 pr-3 font-medium">Channel</th>
                <th className="py-1 pr-3 font-medium">Weekly spend</th>
                <th className="py-1 pr-3 text-right font-medium">USD/week</th>
                <th className="py-1 pr-3 text-right font-medium">
                  <span className="inline-flex items-center gap-1">
                    Revenue/wk{" "}
                    <InfoTip text="Predicted weekly media revenue of this channel at this spend; ROI = revenue/spend; mROI = extra revenue from one more dollar per week." />
                  </span>
                </th>
                <th className="py-1 pr-3 font-medium">Bounds (USD/wk)</th>
                <th className="py-1 text-center font-medium">Lock</th>
              </tr>
            </TableHead>
            <TableBody className="block sm:table-row-group">
              {channels.map((c) => {
                const pc = outcome.perChannel.find((p) => p.channel === c.name);
                const value = allocation[c.name] ?? 0;
                const scale = sliderScale(baseline[c.name] ?? 0, budgetOk ? budget : baselineBudget, value);
                return (
                  <ChannelRow
                    key={c.name}
                    name={c.name}
                    label={c.label}
                    value={value}
                    baseline={baseline[c.name] ?? 0}
                    max={scale.max}
                    step={scale.step}
                    revenue={pc?.revenue ?? 0}
                    roi={pc?.roi ?? null}
                    marginalRoi={pc?.marginalRoi ?? 0}
                    bounds={bounds[c.name] ?? { min: "", max: "" }}
                    boundsError={parsedBounds.errors[c.name]}
                    locked={Boolean(locked[c.name])}
                    range={risk.channels.find((r) => r.channel === c.name)}
                    onValue={(v) => setChannel(c.name, v)}
                    onBounds={(b) => setBounds((all) => ({ ...all, [c.name]: b }))}
                    onLocked={(v) => setLocked((all) => ({ ...all, [c.name]: v }))}
                  />
                );
              })}
            </TableBody>
          </Table>
        </div>
      </Card>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card
          title="Allocation curve"
          description={`Best achievable weekly outcome (${curveInputs.objective}) as the total budget goes from 50 % to 200 % of your budget, with your bounds and locks. Where the curve flattens, extra money stops paying.`}
        >
          {curve.curve ? (
            <AllocationCurveChart
              curve={curve.curve}
              budget={curveInputs.budget}
              planRevenue={outcome.revenue}
              planProfit={outcome.profit}
              objective={curveInputs.objective}
            />
          ) : (
            <p className="text-sm text-rose-700">{curve.error}</p>
          )}
        </Card>
        <Card
          title="Flighting"
          description="Same total spend and channel split over the horizon, timed three ways: evenly every week, pulsed on/off, or the schedule that maximizes revenue given adstock carryover and saturation."
        >
          <div className="mb-3 flex flex-wrap items-end gap-3 text-sm">
            <div>
              <label htmlFor="pulse-pattern" className="mb-1 block text-xs font-medium text-slate-600">
                Pulse pattern
              </label>
              <input
                id="pulse-pattern"
                value={pattern}
                onChange={(e) => setPattern(e.target.value)}
                className="w-36 rounded-md border border-slate-300 px-2 py-1.5"
              />
            </div>
            <p className="pb-2 text-xs text-slate-500">
              over {weeks} weeks (the horizon), {formatMoney(allocated * weeks)} in total
            </p>
          </div>
          {flighting.result ? (
            <>
              <FlightingChart rows={flightRows} horizonWeeks={flighting.result.weeks} />
              <Table className="mt-3" data-testid="flighting-table">
                <TableHead small>
                  <tr>
                    <th className="py-1 font-medium">Strategy</th>
                    <th className="py-1 text-right font-medium">Revenue</th>
                    <th className="py-1 text-right font-medium">vs always-on</th>
                  </tr>
                </TableHead>
                <TableBody className="tabular">
                  <TableRow>
                    <td className="py-1">Always-on</td>
                    <td className="py-1 text-right">{formatMoney(flighting.result.alwaysOn.revenue)}</td>
                    <td className="py-1 text-right">—</td>
                  </TableRow>
                  <TableRow>
                    <td className="py-1">Pulsed ({pattern})</td>
                    <td className="py-1 text-right">{formatMoney(flighting.result.pulsed.revenue)}</td>
                    <td className="py-1 text-right">
                      {formatSignedMoney(flighting.result.difference.pulsedVsAlwaysOn.absolute)} (
                      {formatSignedPercent(flighting.result.difference.pulsedVsAlwaysOn.pct / 100)})
                    </td>
                  </TableRow>
                  <TableRow>
                    <td className="py-1">Optimized schedule</td>
                    <td className="py-1 text-right">{formatMoney(flighting.result.optimized.revenue)}</td>
                    <td className="py-1 text-right">
                      {formatSignedMoney(flighting.result.difference.optimizedVsAlwaysOn.absolute)} (
                      {formatSignedPercent(flighting.result.difference.optimizedVsAlwaysOn.pct / 100)})
                    </td>
                  </TableRow>
                </TableBody>
              </Table>
              <p className="mt-2 text-xs text-slate-500" title={flighting.result.method}>
                Media revenue counted over {flighting.result.evaluationWeeks} weeks (
                {flighting.result.carryover === "include" ? "including the carryover that lands after the horizon" : "horizon only"})
                {flighting.result.carryoverIn > 0
                  ? `, starting from the carryover of the spend already made (worth ${formatMoney(flighting.result.carryoverIn)} with no new spend)`
                  : ""}
                . The optimized schedule moves money between weeks, channel by channel, towards the weeks where an extra dollar returns most (counting how spend
                carries over into later weeks), until no move pays; it is never worse than always-on or the pulsed pattern.
              </p>
            </>
          ) : (
            <p role="alert" className="text-sm text-rose-700">
              {flighting.error}
            </p>
          )}
        </Card>
      </div>

      <SaveScenarioCard
        runId={runId}
        objective={planObjective}
        totalBudget={budgetOk ? budget : allocated}
        allocation={allocation}
        buildPredicted={buildPredicted}
        loaded={loaded}
        onSaved={setLoaded}
      />
    </div>
  );
}

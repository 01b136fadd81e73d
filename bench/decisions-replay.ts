/**
 * Replays the optimizer on kept decision-benchmark fits. The fits are final, so optimizer rules can be compared in
 * seconds instead of refitting; a full run reproduces its replay exactly (bench/README-decisions.md).
 *
 *   npm run bench:decisions -- --keep [--seed-offset N]      # prints "data kept in DIR"
 *   npx tsx --conditions=react-server bench/decisions-replay.ts DIR [DIR …]
 *
 * Per directory of cases (result.json + truth.json each) it prints:
 * 1. for every variant below, the plan at the case's budget scored under the truth: regret median / p90 / worst, plans
 *    worse than the current mix (largest loss), plans that keep the current mix;
 * 2. the marginal ROI at the current mix (the slope a plan moves along): the draws' mean against the true slope, by the
 *    fit's verdict on the channel and by spend pattern, with the draws' 90 % coverage.
 * REPLAY_DETAIL="variant name" also lists that variant's losing plans; REPLAY_DEFAULT_ONLY=1 replays only today's rule. Lives outside bench/decisions because that
 * folder must not import lib/ (independence.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { allocateBudget } from "../lib/optimize/allocate-budget";
import { drawCurves, drawResponse, revenueByDraw } from "../lib/optimize/draw-curves";
import type { AllocateOptions, AllocationResult } from "../lib/optimize/optimize-types";
import { responseModelFromResult } from "../lib/optimize/response-model-from-result";
import { quantileSorted } from "../lib/math/quantile-sorted";
import { keptCurrentMix } from "../lib/optimize/plan-risk";
import type { ResponseModel } from "../lib/mmm/types";
import { scorePlan, type ScoringChannel, type ScoringTruth } from "./decisions/true-outcome";
import { truthHill } from "./decisions/truth-curves";

type Result = {
  channels: { name: string; identified?: boolean; noEffectLr?: number }[];
  settings: { adstock: string };
  responseModel: { draws?: { name: string; saturation: { beta: number } }[][] };
};
type Truth = Omit<ScoringTruth, "channels"> & { budget: number; channels: (ScoringChannel & { isNull: boolean; pattern: string })[] };
type Variant = {
  name: string;
  options: Partial<AllocateOptions>;
  /** Rewrites the fit before planning. */
  transform?: (r: Result) => Result;
  /** A stricter gate after the plan: keep the current mix unless this quantile of the draws' gain is positive. */
  gate?: number;
};

/** Akaike weight of "an effect" for a flagged channel, as identify-channels.ts unidentifiedRoi computes it. */
const effectWeight = (lr: number, k: number) => 1 / (1 + Math.exp(-(Math.max(0, lr) - 2 * (1 + k)) / 2));

/**
 * Model-averaged draws: a flagged channel keeps its refitted effect in a share w (its Akaike weight) of the draws and
 * has none in the rest, so the draws agree with the reported ROI (w × the draws' median) instead of refitting the
 * effect in every draw.
 */
function averagedDraws(r: Result): Result {
  const n = r.responseModel.draws?.length ?? 0;
  if (!n) return r;
  const k = r.settings.adstock === "geometric" ? 3 : 4;
  const out = structuredClone(r);
  r.channels.forEach((c, ci) => {
    if (c.identified !== false) return;
    const w = effectWeight(c.noEffectLr ?? 0, k);
    out.responseModel.draws!.forEach((set, d) => {
      // Stratified over a fixed scramble of the draws, so exactly ≈ w·n of them keep the effect.
      const rank = ((d * 7919 + ci * 104729) % n) + 0.5;
      if (rank / n > w) set.find((x) => x.name === c.name)!.saturation.beta = 0;
    });
  });
  return out;
}

const VARIANTS: Variant[] = process.env.REPLAY_DEFAULT_ONLY
  ? [{ name: "default", options: {} }]
  : process.env.REPLAY_TRANSFERS
    ? [
        { name: "default", options: {} },
        { name: "no transfer fallback", options: { fallback: "none" } },
      ]
    : [
        { name: "default", options: {} },
        { name: "no safeguard (expected value)", options: { safeguard: false } },
        { name: "point curves, no safeguard", options: { basis: "point", safeguard: false } },
        { name: "unidentified unlocked", options: { unlockUnidentified: true } },
        { name: "gate 2.5 %", options: {}, gate: 0.025 },
        { name: "gate 1 %", options: {}, gate: 0.01 },
        { name: "model-averaged draws", options: {}, transform: averagedDraws },
        { name: "model-averaged, gate 2.5 %", options: {}, transform: averagedDraws, gate: 0.025 },
        { name: "model-averaged, gate 1 %", options: {}, transform: averagedDraws, gate: 0.01 },
      ];

/** Type-7 quantile of unsorted values (sorts a copy; the project's quantileSorted does the rest). */
const quantile = (v: ArrayLike<number>, q: number) => quantileSorted(Float64Array.from(v).sort(), q);
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

function gated(model: ResponseModel, plan: AllocationResult, q: number): AllocationResult {
  if (!plan.safeguard || keptCurrentMix(plan.safeguard)) return plan;
  const curves = drawCurves(model);
  const rp = revenueByDraw(
      curves,
      model.channels.map((c) => plan.allocation[c.name]),
    ),
    rc = revenueByDraw(
      curves,
      model.channels.map((c) => plan.current[c.name]),
    );
  const gain = Array.from(rp, (v, d) => v - rc[d]);
  return quantile(gain, q) > 0 ? plan : { ...plan, allocation: plan.current, safeguard: { ...plan.safeguard, step: 0 } };
}

type Slope = { verdict: string; pattern: string; truth: number; mean: number; low: number; high: number };

/** Marginal ROI at the current mix per channel: the true steady-state slope and the draws' (±5 % central difference). */
function slopes(model: ResponseModel, result: Result, truth: Truth, current: Record<string, number>): Slope[] {
  const curves = drawCurves(model);
  return model.channels.map((ch, c) => {
    const t = truth.channels.find((x) => x.name === ch.name)!;
    const x = current[ch.name],
      h = 0.05 * x;
    const trueSlope = (truthHill((x + h) * t.weightSum, t.hill) - truthHill((x - h) * t.weightSum, t.hill)) / (2 * h);
    const d = Array.from({ length: curves.draws }, (_, k) => (drawResponse(curves, c, k, x + h) - drawResponse(curves, c, k, x - h)) / (2 * h));
    const verdict = t.isNull ? "null" : result.channels[c].identified === false ? "flagged real" : "identified";
    return { verdict, pattern: t.pattern, truth: trueSlope, mean: d.reduce((a, b) => a + b, 0) / d.length, low: quantile(d, 0.05), high: quantile(d, 0.95) };
  });
}

function printSlopes(all: Slope[]) {
  const line = (label: string, g: Slope[]) => {
    const real = g.filter((s) => s.truth > 0.05);
    const covered = g.filter((s) => s.low <= s.truth && s.truth <= s.high).length;
    console.log(
      `  ${label.padEnd(26)} n ${String(g.length).padStart(3)}  draws' mean / true − 1: median ${pct(
        quantile(
          real.map((s) => s.mean / s.truth - 1),
          0.5,
        ),
      )}, ` +
        `median |·| ${pct(
          quantile(
            real.map((s) => Math.abs(s.mean / s.truth - 1)),
            0.5,
          ),
        )}; 90 % covers ${covered} (${g.filter((s) => s.high < s.truth).length} below, ${g.filter((s) => s.low > s.truth).length} above)`,
    );
  };
  console.log("marginal ROI at the current mix (draws vs truth):");
  for (const v of ["identified", "flagged real"])
    line(
      v,
      all.filter((s) => s.verdict === v),
    );
  for (const p of ["always-on", "seasonal", "bursty"])
    line(
      `identified, ${p}`,
      all.filter((s) => s.verdict === "identified" && s.pattern === p),
    );
}

function main() {
  const roots = process.argv.slice(2);
  if (!roots.length) throw new Error("usage: decisions-replay.ts DIR [DIR …] (directories printed by bench:decisions --keep)");
  for (const root of roots) {
    const cases = readdirSync(root).filter((d) => existsSync(path.join(root, d, "result.json")));
    console.log(`\n${root}: ${cases.length} cases`);
    const rows = new Map<string, { regret: number[]; losses: number[]; kept: number }>();
    const all: Slope[] = [];
    for (const name of cases) {
      const truth = JSON.parse(readFileSync(path.join(root, name, "truth.json"), "utf8")) as Truth;
      const result = JSON.parse(readFileSync(path.join(root, name, "result.json"), "utf8")) as Result;
      for (const v of VARIANTS) {
        const model = responseModelFromResult(v.transform ? v.transform(result) : result);
        const first = allocateBudget(model, { totalBudget: truth.budget, objective: "revenue", ...v.options });
        const plan = v.gate === undefined ? first : gated(model, first, v.gate);
        if (v === VARIANTS[0]) all.push(...slopes(model, result, truth, plan.current));
        const s = scorePlan(truth, plan.allocation);
        const r = rows.get(v.name) ?? { regret: [], losses: [], kept: 0 };
        rows.set(v.name, r);
        r.regret.push(s.regret);
        if (s.lossVsCurrent > 1e-6) r.losses.push(s.lossVsCurrent);
        if (keptCurrentMix(plan.safeguard)) r.kept++;
        if (process.env.REPLAY_DETAIL === v.name && s.lossVsCurrent > 1e-6)
          console.log(
            `  ${name}: loses ${pct(s.lossVsCurrent)}; ${plan.perChannel.map((p) => `${p.channel} ${Math.round(plan.current[p.channel])} → ${Math.round(p.spend)}`).join(", ")}`,
          );
      }
    }
    for (const [name, r] of rows) {
      console.log(
        `${name.padEnd(30)} regret ${pct(quantile(r.regret, 0.5))} / ${pct(quantile(r.regret, 0.9))} / ${pct(Math.max(...r.regret))}` +
          `  worse than current ${r.losses.length} (${pct(r.losses.length ? Math.max(...r.losses) : 0)})  kept current ${r.kept}`,
      );
    }
    printSlopes(all);
  }
}

main();

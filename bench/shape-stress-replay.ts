/**
 * The shape-stressed gate (lib/optimize/shape-stress.ts) replayed on kept fits, for several σ at once:
 *
 *   SIGMAS=0,0.1,0.2,0.3 npx tsx --conditions=react-server bench/shape-stress-replay.ts DIR …
 *
 * DIR is what `npm run bench:decisions -- --keep` (cases with truth.json) or `npm run bench:alt -- --keep` (alt-N
 * cases, regenerated from their seed) left behind. Every case's default plan (revenue, the case's budget) is made with
 * each σ and scored under the truth; prints per σ the regret mean / median / p90 / worst, the plans worse than the current mix
 * (summed loss) and the plans that keep the current mix. The fits are final, so only the gate changes. Fits kept before
 * the fifteenth session carry no shapeStress, which is why σ is passed explicitly here.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { allocateBudget } from "../lib/optimize/allocate-budget";
import { keptCurrentMix } from "../lib/optimize/plan-risk";
import { responseModelFromResult } from "../lib/optimize/response-model-from-result";
import { makeAltCase, trueOptimum, trueOutcome } from "./alt/alt-case";
import { scorePlan } from "./decisions/true-outcome";

const sigmas = (process.env.SIGMAS ?? "0,0.2").split(",").map(Number);
const stats = sigmas.map(() => ({ regret: [] as number[], losses: [] as number[], kept: 0 }));

/** Regret and loss against the current mix of an allocation, under the case's truth. */
function scorer(dir: string, name: string): { budget: number; score: (plan: Record<string, number>) => { regret: number; loss: number } } {
  if (existsSync(path.join(dir, "truth.json"))) {
    const truth = JSON.parse(readFileSync(path.join(dir, "truth.json"), "utf8"));
    return { budget: truth.budget, score: (plan) => ({ regret: scorePlan(truth, plan).regret, loss: scorePlan(truth, plan).lossVsCurrent }) };
  }
  const c = makeAltCase(Number(name.replace(/^alt-/, "")));
  const optimum = trueOptimum(c).outcome;
  const current = trueOutcome(c, Object.fromEntries(c.channels.map((ch) => [ch.name, ch.current])));
  return {
    budget: c.budget,
    score: (plan) => {
      const outcome = trueOutcome(c, plan);
      return { regret: (optimum - outcome) / optimum, loss: (current - outcome) / current };
    },
  };
}

for (const root of process.argv.slice(2))
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!existsSync(path.join(dir, "result.json"))) continue;
    const { budget, score } = scorer(dir, name);
    const model = responseModelFromResult(JSON.parse(readFileSync(path.join(dir, "result.json"), "utf8")));
    sigmas.forEach((shapeStress, i) => {
      const plan = allocateBudget(model, { totalBudget: budget, objective: "revenue", shapeStress });
      const s = score(plan.allocation);
      stats[i].regret.push(s.regret);
      if (s.loss > 1e-6) stats[i].losses.push(s.loss);
      if (keptCurrentMix(plan.safeguard)) stats[i].kept++;
    });
  }

const quantile = (v: number[], p: number) => {
  const s = v.slice().sort((a, b) => a - b);
  const h = (s.length - 1) * p,
    i = Math.floor(h);
  return s[i] + (h - i) * ((s[Math.min(i + 1, s.length - 1)] ?? s[i]) - s[i]);
};
const pct = (v: number) => `${(100 * v).toFixed(2)} %`;
console.log("| σ | cases | regret mean / median / p90 / worst | worse than the current mix (summed loss) | keep the current mix |\n|---:|---:|---|---|---:|");
sigmas.forEach((s, i) => {
  const st = stats[i];
  const mean = st.regret.reduce((a, b) => a + b, 0) / st.regret.length;
  console.log(
    `| ${s} | ${st.regret.length} | ${pct(mean)} / ${pct(quantile(st.regret, 0.5))} / ${pct(quantile(st.regret, 0.9))} / ${pct(Math.max(...st.regret))} | ${st.losses.length} (${pct(st.losses.reduce((a, b) => a + b, 0))}) | ${st.kept} |`,
  );
});

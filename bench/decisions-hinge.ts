/**
 * Does the channel a kept plan "hinges on" (safeguard.hingesOn, lib/optimize/move-uncertainty.ts) name where evidence
 * pays? `npx tsx --conditions=react-server bench/decisions-hinge.ts DIR …` replays the default plan on the fits a
 * `npm run bench:decisions -- --keep` run left in DIR. For every plan that keeps the current mix and names a hinge, it
 * replans twice with one channel's curve made KNOWN (every draw and the point estimate replaced by the true curve, from
 * truth-model.json): once the top hinge channel, once another real channel of the same case (the one after it in the
 * case's channel order that is not a hinge, so the choice is fixed, not tuned). Prints, over those plans, how often each
 * replan moves away from the current mix and its median regret under the truth: perfect information on the named
 * channel against the same on another one. Nothing is refitted.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { NATIONAL_SHAPE_STRESS } from "../lib/mmm/draw-shape-stress";
import { allocateBudget } from "../lib/optimize/allocate-budget";
import { keptCurrentMix } from "../lib/optimize/plan-risk";
import { responseModelFromResult } from "../lib/optimize/response-model-from-result";
import type { ResponseModel } from "../lib/mmm/types";
import { scorePlan } from "./decisions/true-outcome";

type Row = { name: string; base: number; hinge: { moved: boolean; regret: number }; other: { moved: boolean; regret: number } };

function withKnown(model: ResponseModel, truthModel: ResponseModel, channel: string): ResponseModel {
  const c = model.channels.findIndex((ch) => ch.name === channel);
  const known = truthModel.channels.find((ch) => ch.name === channel)!.saturation;
  return {
    ...model,
    channels: model.channels.map((ch, i) => (i === c ? { ...ch, saturation: known, identified: true } : ch)),
    draws: model.draws?.map((d) => d.map((ch, i) => (i === c ? { ...ch, saturation: known } : ch))),
  };
}

const rows: Row[] = [];
for (const root of process.argv.slice(2)) {
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!existsSync(path.join(dir, "result.json")) || !existsSync(path.join(dir, "truth-model.json"))) continue;
    const truth = JSON.parse(readFileSync(path.join(dir, "truth.json"), "utf8"));
    // Fits kept before the fifteenth session carry no shapeStress; today's national fit sets it (identical otherwise).
    const fitted = responseModelFromResult(JSON.parse(readFileSync(path.join(dir, "result.json"), "utf8")));
    const model = { ...fitted, shapeStress: fitted.shapeStress ?? NATIONAL_SHAPE_STRESS };
    const truthModel = responseModelFromResult(JSON.parse(readFileSync(path.join(dir, "truth-model.json"), "utf8")));
    const plan = (m: ResponseModel) => allocateBudget(m, { totalBudget: truth.budget, objective: "revenue" });
    const base = plan(model);
    const hinges = base.safeguard?.hingesOn ?? [];
    if (!keptCurrentMix(base.safeguard) || !hinges.length) continue;
    const top = hinges[0].channel;
    const names = model.channels.map((c) => c.name);
    const real = (n: string) => !truth.channels.find((c: { name: string; isNull: boolean }) => c.name === n).isNull;
    const start = names.indexOf(top);
    const other = [...names.slice(start + 1), ...names.slice(0, start)].find((n) => real(n) && !hinges.some((h) => h.channel === n));
    if (!other) continue;
    const score = (m: ResponseModel) => {
      const p = plan(m);
      return { moved: !keptCurrentMix(p.safeguard), regret: scorePlan(truth, p.allocation).regret };
    };
    rows.push({
      name: `${path.basename(root)}/${name}`,
      base: scorePlan(truth, base.allocation).regret,
      hinge: score(withKnown(model, truthModel, top)),
      other: score(withKnown(model, truthModel, other)),
    });
  }
}
const median = (v: number[]) => {
  const s = v.slice().sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
const line = (label: string, pick: (r: Row) => { moved: boolean; regret: number } | number) => {
  const moved = rows.filter((r) => {
    const p = pick(r);
    return typeof p !== "number" && p.moved;
  }).length;
  const regrets = rows.map((r) => {
    const p = pick(r);
    return typeof p === "number" ? p : p.regret;
  });
  const worse = rows.filter((r) => {
    const p = pick(r);
    return typeof p !== "number" && p.regret > r.base + 1e-9;
  }).length;
  console.log(`| ${label} | ${moved} / ${rows.length} | ${pct(median(regrets))} | ${pct(mean(regrets))} | ${worse} |`);
};
console.log(`plans that keep the current mix and name a hinge: ${rows.length}\n`);
console.log("| replanned with | plans that move | regret median | regret mean | worse than kept |");
console.log("|---|---:|---:|---:|---:|");
line("nothing known (today's plan)", (r) => r.base);
line("the top hinge channel's curve known", (r) => r.hinge);
line("another real channel's curve known", (r) => r.other);
const worse = rows.filter((r) => r.hinge.regret > r.base + 1e-9 || r.other.regret > r.base + 1e-9);
if (worse.length)
  console.log(
    `\nworse than kept: ${worse.map((r) => `${r.name} (kept ${pct(r.base)}, hinge known ${pct(r.hinge.regret)}, other known ${pct(r.other.regret)})`).join("; ")}`,
  );

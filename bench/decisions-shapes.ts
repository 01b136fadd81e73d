/**
 * Is a bad national fit a search failure or weak identification? For kept decision-benchmark cases, compares the
 * penalised deviance (the search's rank: n·ln NRMSE² + alpha prior, at the fit's λ and number of harmonics) at the fit's
 * selected shapes and at the TRUE shapes converted to lib/mmm's convention (normalised adstock weights, gamma per unit
 * of normalised adstock). If the truth ranks far better, the search failed; if it ranks worse, the model cannot express
 * the data at the truth (bench/README-decisions.md, sixth session).
 * Channels whose true adstock is of another family than the fit's keep the fit's shape; a truth outside the search box
 * is clipped to it and marked.
 *
 *   npx tsx --conditions=react-server bench/decisions-shapes.ts DIR [CASE …]
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { decodeHyper, fitCandidate, gammaRange, hyperPenalty, type AdstockKind } from "../lib/mmm/candidate-model";
import { buildProblem } from "../lib/mmm/mmm-problem";
import { deviance } from "../lib/mmm/select-model";
import { adstockWeights } from "../lib/math/response-curve";
import type { MmmInput } from "../lib/mmm/model-types";
import { readCsv } from "../lib/csv/read-csv";

type Ch = {
  name: string;
  adstock: { type: string; theta?: number; shape?: number; scale?: number; maxLag: number };
  saturation: { alpha: number; gamma: number };
};

/** Columns of a kept case's data.csv, read with the project's CSV reader. */
function readColumns(file: string) {
  const read = readCsv(readFileSync(file, "utf8"));
  if (!read.ok) throw new Error(`${file}: ${read.fatal}`);
  const { columns, rows } = read.table;
  return (name: string) => rows.map((r) => r.cells[columns.indexOf(name)]);
}

const root = process.argv[2];
const only = process.argv.slice(3);
for (const name of readdirSync(root).filter((d) => existsSync(path.join(root, d, "result.json")) && (!only.length || only.includes(d)))) {
  const dir = path.join(root, name);
  const result = JSON.parse(readFileSync(path.join(dir, "result.json"), "utf8"));
  const truth = JSON.parse(readFileSync(path.join(dir, "truth.json"), "utf8"));
  const col = readColumns(path.join(dir, "data.csv"));
  const channels: Ch[] = result.channels;
  const input: MmmInput = {
    dates: col("date"),
    kpi: col("kpi").map(Number),
    media: channels.map((c) => ({ name: c.name, spend: col(c.name).map(Number) })),
    controls: [{ name: "price", values: col("price").map(Number) }],
  };
  const kind = result.settings.adstock as AdstockKind;
  const problem = buildProblem(input, kind, result.settings.maxLag, true, true, result.settings.harmonics);
  // The inverse of candidate-model.ts decodeChannel (its ranges written out: keep them in step).
  const encode = (adstock: Ch["adstock"], alpha: number, gamma: number, c: number) => {
    const u: number[] = [];
    if (adstock.type === "geometric") u.push(adstock.theta! / 0.9);
    else {
      const [slo, shi] = kind === "weibull-cdf" ? [0.3, 5] : [0.5, 10];
      u.push(Math.log(adstock.shape! / slo) / Math.log(shi / slo), Math.log(adstock.scale! / 0.02) / Math.log(0.6 / 0.02));
    }
    const full = { ...adstock, maxLag: result.settings.maxLag } as Parameters<typeof adstockWeights>[0];
    const [lo, hi] = gammaRange(problem.media[c].spend, adstockWeights(full));
    u.push((alpha - 0.5) / 2.5, Math.log(gamma / lo) / Math.log(hi / lo));
    return u;
  };
  const score = (u: number[]) => {
    const x = Float64Array.from(u, (v) => Math.min(1, Math.max(0, v)));
    const f = fitCandidate(problem, decodeHyper(problem, x), [result.fit.lambda]);
    return { d: deviance(f.objectives, problem.n) + hyperPenalty(problem, x), clipped: u.some((v) => v < 0 || v > 1) };
  };
  const chosen = channels.flatMap((c, i) => encode(c.adstock, c.saturation.alpha, c.saturation.gamma, i));
  const trueU = channels.flatMap((c, i) => {
    const t = truth.channels.find((x: { name: string }) => x.name === c.name);
    if (t.adstock.type !== kind) return encode(c.adstock, c.saturation.alpha, c.saturation.gamma, i); // other family: keep the fit's
    // truth.json's gamma is per unit of the generator's unnormalised adstock; lib/mmm's weights sum to 1.
    return encode(t.adstock, Math.min(3, Math.max(0.5, t.hill.alpha)), t.hill.gamma / t.weightSum, i);
  });
  const a = score(chosen),
    b = score(trueU);
  console.log(
    `${name.padEnd(32)} selected ${a.d.toFixed(1)}  truth ${b.d.toFixed(1)}${b.clipped ? " (clipped to the box)" : ""}  truth − selected ${(b.d - a.d).toFixed(1)}`,
  );
}

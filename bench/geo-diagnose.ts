/**
 * Diagnostic (not part of bench:geo): compare the geo model's shape criterion at the TRUE shapes and at the fitted
 * shapes on a generated case, split into its parts. `npx tsx --conditions=react-server bench/geo-diagnose.ts CASE [seedOffset] [harmonics]`
 */
import { fitGeoMixModel } from "../lib/mmm/fit-geo-mix-model";
import { buildGeoProblem } from "../lib/mmm/geo-problem";
import { fitPooled, fitWeeks, geoConditionalAic, geoDeviance, geoMarginalDeviance, geoMedia, makeRowSet, regionSystems } from "../lib/mmm/geo-pooled-fit";
import type { Hyper } from "../lib/mmm/candidate-model";
import type { GeoMmmInput } from "../lib/mmm/geo-types";
import { generateGeoCase } from "./geo/generate-geo-case";

const [name, off = "0", harm] = process.argv.slice(2);
const g = generateGeoCase(name, Number(off));
const lines = g.longCsv
  .trim()
  .split("\n")
  .map((l) => l.split(","));
const header = lines[0];
const chans = g.spec.channels.map((c) => c.name);
const input: GeoMmmInput = { dates: g.dates, channels: chans, geos: g.regions.map((r) => ({ name: r, kpi: [], spend: chans.map(() => []) })) };
for (const row of lines.slice(1)) {
  const gi = g.regions.indexOf(row[1]);
  const geo = input.geos[gi];
  geo.population = Number(row[2]);
  geo.kpi.push(Number(row[3]));
  chans.forEach((c, ci) => geo.spend[ci].push(Number(row[header.indexOf(c)])));
}
const iterations = Number(process.env.ITER ?? 45);
const fitted = fitGeoMixModel(input, { seed: 1, bootstrap: Number(process.env.DRAWS ?? 3), iterations, ...(harm ? { harmonics: Number(harm) } : {}) });
const K = fitted.settings.harmonics;
const p = buildGeoProblem(input, "geometric", 8, true, true, K);
const rows = makeRowSet(p, fitWeeks(p));
const meanPop = input.geos.reduce((s, x) => s + x.population!, 0) / input.geos.length;
const trueHyper: Hyper = g.truth.channels.map((t) => {
  let s8 = 0;
  for (let l = 0; l <= 8; l++) s8 += t.theta ** l;
  return { adstock: { type: "geometric", theta: t.theta, maxLag: 8 }, alpha: t.alpha, gamma: (t.gamma * meanPop) / s8 };
});
const fitHyper: Hyper = fitted.geoModel.shapes.map((s) => ({ adstock: s.adstock, alpha: s.alpha, gamma: s.gamma }));
const nFit = rows.rows,
  lead = p.pooledZ.length;
const evalAt = (hyper: Hyper, w: number[]) => {
  const media = geoMedia(p, hyper);
  const systems = regionSystems(p, rows, media);
  const fit = fitPooled(systems, w, new Array(p.m).fill(false), undefined, lead);
  let pen = 0;
  const perRegionPen: number[] = [];
  fit.b.forEach((bg, gi) => {
    let s = 0;
    bg.forEach((v, c) => (s += fit.lambda[c] * (v - fit.beta[c]) ** 2));
    fit.lead[gi].forEach((v, i) => (s += (1 / Math.max(fit.leadTau2[i], 1e-300)) * (v - fit.leadBeta[i]) ** 2));
    perRegionPen.push(s);
    pen += s;
  });
  const wsse = fit.sse.reduce((s, e, gi) => s + e * w[gi], 0);
  const roi = chans.map((_, c) => {
    let contrib = 0,
      spend = 0;
    for (let gi = 0; gi < p.G; gi++) {
      contrib += p.sizes[gi] * fit.b[gi][c] * media.sumH[gi][c];
      spend += p.rawSpend[gi][c].reduce((a, b) => a + b, 0);
    }
    return contrib / spend;
  });
  return {
    caic: geoConditionalAic(fit, nFit),
    marg: geoMarginalDeviance(fit, nFit),
    occam: fit.occam.reduce((a, b) => a + b, 0),
    edf: fit.pooledWeight.flat().reduce((a, v) => a + 1 - v, 0),
    dev: geoDeviance(fit.sse, nFit),
    wsse,
    pen,
    sse: fit.sse,
    tau: Array.from(fit.tau2, Math.sqrt),
    beta: Array.from(fit.beta),
    roi,
    perRegionPen,
    leadTau: Array.from(fit.leadTau2, Math.sqrt),
  };
};
// weights from the fitted shapes
const w0 = evalAt(fitHyper, new Array(p.G).fill(1));
const w = w0.sse.map((s) => (nFit - p.Z[0].length - p.m) / s);
const T = evalAt(trueHyper, w),
  F = evalAt(fitHyper, w);
console.log(`${name}+${off} K=${K} nFit=${nFit}; ${fitted.bootstrap.method.match(/acceptance [0-9]+ %/)?.[0]}`);
console.log("truth ROI ", g.truth.channels.map((t) => t.roi.toFixed(2)).join(" "));
console.log("fit (CLI) ", fitted.channels.map((c) => c.roi.toFixed(2)).join(" "));
console.log("true shp  ", T.roi.map((v) => v.toFixed(2)).join(" "));
console.log("fit shp   ", F.roi.map((v) => v.toFixed(2)).join(" "));
console.log(
  "true hyper",
  trueHyper.map((h) => `${h.adstock.type === "geometric" ? h.adstock.theta.toFixed(2) : ""}/${h.alpha.toFixed(2)}/${h.gamma.toFixed(0)}`).join(" "),
);
console.log(
  "fit hyper ",
  fitHyper.map((h) => `${h.adstock.type === "geometric" ? h.adstock.theta.toFixed(2) : ""}/${h.alpha.toFixed(2)}/${h.gamma.toFixed(0)}`).join(" "),
);
console.log(`deviance Σ n ln SSE/n: true ${T.dev.toFixed(1)} fit ${F.dev.toFixed(1)} diff(true−fit) ${(T.dev - F.dev).toFixed(1)}`);
console.log(`weighted SSE: true ${T.wsse.toFixed(1)} fit ${F.wsse.toFixed(1)} diff ${(T.wsse - F.wsse).toFixed(1)}`);
console.log(
  `marginal: true ${T.marg.toFixed(1)} fit ${F.marg.toFixed(1)} diff ${(T.marg - F.marg).toFixed(1)}; occam true ${T.occam.toFixed(1)} fit ${F.occam.toFixed(1)}; media edf true ${T.edf.toFixed(1)} fit ${F.edf.toFixed(1)}`,
);
console.log(`cAIC: true ${T.caic.toFixed(1)} fit ${F.caic.toFixed(1)} diff ${(T.caic - F.caic).toFixed(1)}`);
console.log(`pooling penalty: true ${T.pen.toFixed(1)} fit ${F.pen.toFixed(1)} diff ${(T.pen - F.pen).toFixed(1)}`);
console.log("tau true", T.tau.map((v) => v.toFixed(1)).join(" "), "lead", T.leadTau.map((v) => v.toFixed(2)).join(" "));
console.log("tau fit ", F.tau.map((v) => v.toFixed(1)).join(" "), "lead", F.leadTau.map((v) => v.toFixed(2)).join(" "));
const per = T.sse.map((s, gi) => ({ g: gi, pop: input.geos[gi].population!, d: w[gi] * (s - F.sse[gi]) }));
per.sort((a, b) => b.d - a.d);
console.log(
  "per-region weighted ΔSSE (true−fit), top/bottom:",
  per
    .slice(0, 6)
    .map((x) => `${x.g}:${(x.pop / 1e6).toFixed(2)}M:${x.d.toFixed(1)}`)
    .join(" "),
  "|",
  per
    .slice(-4)
    .map((x) => `${x.g}:${(x.pop / 1e6).toFixed(2)}M:${x.d.toFixed(1)}`)
    .join(" "),
);

/**
 * M4 Weekly benchmark (prints numbers; not a timed test).
 *
 *   npm run bench:m4 -- [--train FILE] [--test FILE] [--max-history N (0 = all)] [--models a,b]
 *                       [--folds F] [--limit N] [--workers W (default 2)]
 *                       [--ensemble-size K] [--ensemble-margin M] [--ensemble-combine mean|median]
 *
 * Default: hold back the last 13 weeks of every training series and score them (the official
 * test file is not available here). With --test, the full train series are fitted and scored
 * against the test file (same wide layout). Metrics per M4 (`Benchmarks and Evaluation.R`):
 * sMAPE and MASE (m = 1 for weekly) averaged over all series × 13 steps; OWA against Naive2,
 * which for weekly data is the naive forecast. Series get synthetic weekly dates (M4 gives none).
 */
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { forecastSeriesLoaded } from "../lib/forecast/forecast-series";
import { loadAugurs, loadProphet } from "../lib/forecast/wasm-loader";
import { createProphetModel } from "../lib/forecast/models/prophet";
import { addWeeks } from "../lib/forecast/dates";
import { maseScale } from "../lib/forecast/metrics";
import { DEFAULT_MODELS, type AnyModel } from "../lib/forecast/models/registry";

const H = 13;
const here = dirname(fileURLToPath(import.meta.url));

type Series = { id: string; train: number[]; test: number[] };
type Job = {
  series: Series[];
  models: string[];
  folds: number;
  maxHistory?: number;
  ensembleMargin?: number;
  ensembleSize?: number;
  ensembleCombine?: "mean" | "median";
};
type Scored = { id: string; chosen: string; perModel: Record<string, { smape: number[]; mase: number[]; in80: number; in95: number }> };

export function readWide(file: string): Map<string, number[]> {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim());
  const out = new Map<string, number[]>();
  for (const line of lines.slice(1)) {
    const cells = line.split(",").map((c) => c.replace(/^"|"$/g, ""));
    out.set(
      cells[0],
      cells
        .slice(1)
        .filter((c) => c !== "")
        .map(Number),
    );
  }
  return out;
}

function scoreSeries(s: Series, job: Job, prophet: AnyModel | null): Scored {
  const dates = s.train.map((_, i) => addWeeks("2000-01-03", i));
  const r = forecastSeriesLoaded(
    { key: s.id, dates, values: s.train },
    {
      horizon: H,
      models: job.models,
      folds: job.folds,
      backtestHorizon: H,
      maxHistory: job.maxHistory,
      ensembleMargin: job.ensembleMargin,
      ensembleSize: job.ensembleSize,
      ensembleCombine: job.ensembleCombine,
    },
    undefined,
    prophet,
  );
  const scale = maseScale(s.train, 1);
  const perModel: Scored["perModel"] = {};
  const names = [...Object.keys(r.forecasts), "auto"];
  for (const name of names) {
    const f = r.forecasts[name === "auto" ? r.chosen : name];
    const smape = s.test.map((a, i) => (200 * Math.abs(a - f.yhat[i])) / (Math.abs(a) + Math.abs(f.yhat[i])));
    const mase = s.test.map((a, i) => Math.abs(a - f.yhat[i]) / scale);
    const in80 = s.test.filter((a, i) => a >= f.lo80[i] && a <= f.hi80[i]).length;
    const in95 = s.test.filter((a, i) => a >= f.lo95[i] && a <= f.hi95[i]).length;
    perModel[name] = { smape, mase, in80, in95 };
  }
  return { id: s.id, chosen: r.chosen, perModel };
}

async function runJob(job: Job): Promise<Scored[]> {
  await loadAugurs();
  const prophet = job.models.includes("prophet") ? createProphetModel(await loadProphet()) : null;
  return job.series.map((s) => scoreSeries(s, job, prophet));
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (!isMainThread) {
  const job = workerData as Job;
  runJob(job).then((res) => parentPort!.postMessage(res));
} else if (isEntry) {
  const { values } = parseArgs({
    options: {
      train: { type: "string", default: resolve(here, "../../shared/benchmarks/m4-weekly/Weekly-train.csv") },
      test: { type: "string" },
      "max-history": { type: "string" },
      models: { type: "string" },
      folds: { type: "string", default: "3" },
      limit: { type: "string" },
      workers: { type: "string", default: "2" },
      "ensemble-margin": { type: "string" },
      "ensemble-size": { type: "string" },
      "ensemble-combine": { type: "string" },
    },
  });
  const train = readWide(values.train!);
  const test = values.test ? readWide(values.test) : null;
  let series: Series[] = [...train].map(([id, v]) =>
    test ? { id, train: v, test: test.get(id)!.slice(0, H) } : { id, train: v.slice(0, -H), test: v.slice(-H) },
  );
  if (values.limit) series = series.slice(0, Number(values.limit));
  const models = values.models ? values.models.split(",") : DEFAULT_MODELS;
  const maxHistory = values["max-history"] ? Number(values["max-history"]) : undefined;
  const workers = Math.max(1, Math.min(Number(values.workers), availableParallelism()));
  const job = {
    models,
    folds: Number(values.folds),
    maxHistory,
    ensembleMargin: values["ensemble-margin"] ? Number(values["ensemble-margin"]) : undefined,
    ensembleSize: values["ensemble-size"] ? Number(values["ensemble-size"]) : undefined,
    ensembleCombine: values["ensemble-combine"] === "median" ? ("median" as const) : values["ensemble-combine"] === "mean" ? ("mean" as const) : undefined,
  };

  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const load0 = loadavg()[0];
  let results: Scored[];
  if (workers === 1) {
    results = await runJob({ ...job, series });
  } else {
    // interleave so each worker gets a similar mix of long and short series
    const parts = Array.from({ length: workers }, (_, w) => series.filter((_, i) => i % workers === w));
    const url = pathToFileURL(fileURLToPath(import.meta.url));
    const chunks = await Promise.all(
      parts.map(
        (part) =>
          new Promise<Scored[]>((ok, fail) => {
            // eval'd bootstrap: register tsx inside the worker, then load this file as the worker body
            const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
            const w = new Worker(boot, { eval: true, workerData: { ...job, series: part } });
            w.once("message", ok);
            w.once("error", fail);
          }),
      ),
    );
    results = chunks.flat();
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  const names = [...new Set(results.flatMap((r) => Object.keys(r.perModel)))];
  const agg = (name: string) => {
    // series where a model could not run (too short) are scored with the naive forecast, and counted
    let smape = 0,
      mase = 0,
      in80 = 0,
      in95 = 0,
      points = 0,
      own = 0;
    for (const r of results) {
      const m = r.perModel[name] ?? r.perModel.naive;
      if (r.perModel[name]) own++;
      smape += m.smape.reduce((a, b) => a + b, 0);
      mase += m.mase.reduce((a, b) => a + b, 0);
      in80 += m.in80;
      in95 += m.in95;
      points += m.smape.length;
    }
    return { smape: smape / points, mase: mase / points, cov80: in80 / points, cov95: in95 / points, own };
  };
  const naive = agg("naive");
  console.log(
    `M4 weekly ${test ? "test file" : "holdout (last 13 weeks)"}: ${results.length} series, models ${models.join(",")}, folds ${job.folds}, max-history ${maxHistory === undefined ? "default 312" : maxHistory === 0 ? "all" : maxHistory}, workers ${workers}`,
  );
  console.log(
    `wall time ${seconds.toFixed(1)} s (${((seconds * 1000) / results.length).toFixed(0)} ms/series); ` +
      `CPU time ${cpuSeconds.toFixed(1)} s over all threads; 1-min load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
  );
  console.log("model        sMAPE    MASE    OWA    cov80  cov95  series");
  for (const name of names) {
    const a = agg(name);
    const owa = 0.5 * (a.smape / naive.smape + a.mase / naive.mase);
    console.log(
      `${name.padEnd(12)} ${a.smape.toFixed(3).padStart(6)}  ${a.mase.toFixed(3).padStart(6)}  ${owa.toFixed(3)}  ${(100 * a.cov80).toFixed(1).padStart(5)}  ${(100 * a.cov95).toFixed(1).padStart(5)}  ${a.own}`,
    );
  }
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.chosen] = (counts[r.chosen] ?? 0) + 1;
  console.log(
    "auto choices:",
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(", "),
  );
}

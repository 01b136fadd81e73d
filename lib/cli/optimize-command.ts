import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { allocateBudget, OptimizeError, type AllocateOptions, type Objective } from "../optimize";
import { DEFAULT_EXTRAPOLATE, HOLD_BAND } from "../optimize/data-range-guard";
import { parseBoundsCsv } from "../optimize/parse-bounds-csv";
import { responseModelFromResult } from "../optimize/response-model-from-result";
import { regionalResponseModel } from "../optimize/regional-response-model";
import type { GeoMmmResult } from "../mmm/geo-types";
import { plainRatio } from "../format";

const OBJECTIVES: Objective[] = ["revenue", "profit", "target-revenue", "target-roas"];

const USAGE = `usage: mixcast optimize --model result.json --budget B --out plan.json
                       [--objective revenue|profit|target-revenue|target-roas] [--margin M]
                       [--target T] [--bounds bounds.csv] [--extrapolate K|any]
                       [--unlock-unidentified] [--basis expected|point] [--by-region]

  --model      result.json written by \`mixcast mmm\` (its responseModel, or channels[] adstock/saturation/spend)
  --budget     budget PER WEEK, in the same currency units as the model's weekly spend
               (for an H-week plan pass total/H). revenue: spent in full; profit: a cap;
               target objectives: the most that may be spent per week
  --objective  revenue (default): max weekly revenue; profit: max revenue × margin − spend;
               target-revenue: least spend reaching --target revenue/week;
               target-roas: most spend keeping revenue/spend ≥ --target
  --margin     gross margin on revenue for profit (default 1)
  --bounds     CSV with header channel,min,max; cells empty, weekly spend, or ±% of current (e.g. -20%)
  --extrapolate
               cap each channel at K × the largest adstocked weekly spend in the data (default ${DEFAULT_EXTRAPOLATE}:
               stay inside the data); "any" removes the cap. Channels planned above the data are listed in outsideData
  --unlock-unidentified
               let channels the fit could not tell from zero move freely (default: never raised above current
               + ${HOLD_BAND * 100} %; cut only as far as 9 draws in 10 agree the plan gains)
  --basis      expected (default with bootstrap draws): maximise the mean outcome over the draws;
               point: the selected model's curves only. With draws (revenue, profit) the plan moves from the
               current mix only as far as 9 draws in 10 agree it gains, and only if that move gains in 99 % of
               draws, and else keeps the current mix; a step that stops short is followed by pairwise transfers
               between channels, chosen on half the draws and kept only if the move gains in every one of the
               other half (safeguard in the JSON says which; when it keeps the current mix,
               safeguard.hingesOn names the channels the draws disagree about, with their share)
  --by-region  with a geo model (mixcast mmm --geo): plan every channel × region ("tv · north"), same rules
  --out        plan JSON: { allocation, predicted: { revenue, roi, profit, spend, low?, high? }, gainVsCurrent:
               { mean, low, high }, probBeatsCurrent, outsideData: [channel…], seconds, … }`;

class UsageError extends Error {}

/** parseArgs refuses "--budget -5" as ambiguous; glue negative numbers to their flag so the real check can say what is wrong. */
function glueNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (/^--(budget|margin|target)$/.test(argv[i]) && next !== undefined && /^-\d|^-\.\d/.test(next)) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

function parseNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n)) throw new UsageError(`${flag} must be a number, got "${value}"`);
  return n;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `${what} not found: ${file}` : `cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

/**
 * `mixcast optimize`: splits a weekly budget across the channels of a fitted mix model and writes
 * the plan as JSON. Exit 0 on success, 1 with one specific message on any bad input.
 */
export async function run(argv: string[]): Promise<number> {
  const started = performance.now();
  try {
    const { values } = parseArgs({
      args: glueNegativeNumbers(argv),
      strict: true,
      allowPositionals: false,
      options: {
        model: { type: "string" },
        budget: { type: "string" },
        objective: { type: "string" },
        bounds: { type: "string" },
        margin: { type: "string" },
        target: { type: "string" },
        extrapolate: { type: "string" },
        "unlock-unidentified": { type: "boolean" },
        "by-region": { type: "boolean" },
        basis: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (!values.model) throw new UsageError("missing --model result.json");
    if (values.budget === undefined) throw new UsageError("missing --budget (weekly budget)");
    if (!values.out) throw new UsageError("missing --out plan.json");
    const objective = (values.objective ?? "revenue") as Objective;
    if (!OBJECTIVES.includes(objective)) throw new UsageError(`--objective must be one of ${OBJECTIVES.join(", ")}, got "${values.objective}"`);
    const totalBudget = parseNumber(values.budget, "--budget")!;
    const margin = parseNumber(values.margin, "--margin");
    const target = parseNumber(values.target, "--target");
    if ((objective === "target-revenue" || objective === "target-roas") && target === undefined)
      throw new UsageError(`--objective ${objective} needs --target`);
    let extrapolate: number | undefined;
    if (values.extrapolate !== undefined) {
      extrapolate = values.extrapolate.trim() === "any" ? Infinity : parseNumber(values.extrapolate, "--extrapolate");
      if (!(extrapolate! > 0)) throw new UsageError(`--extrapolate must be a positive factor or "any", got "${values.extrapolate}"`);
    }
    if (values.basis !== undefined && values.basis !== "expected" && values.basis !== "point")
      throw new UsageError(`--basis must be expected or point, got "${values.basis}"`);

    let json: unknown;
    const text = await readText(values.model, "model file");
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`model file ${values.model} is not valid JSON: ${(error as Error).message}`);
    }
    let model = responseModelFromResult(json);
    if (values["by-region"]) {
      const geo = json as Partial<GeoMmmResult>;
      if (!geo.geoModel || !geo.geos) throw new UsageError(`--by-region needs a geo model (mixcast mmm --geo); ${values.model} has no geos`);
      model = regionalResponseModel(
        geo.geoModel,
        geo.geos,
        model.kpi,
        model.weeks,
        Object.fromEntries(model.channels.map((c) => [c.name, c.identified !== false])),
      );
    }
    const bounds = values.bounds ? parseBoundsCsv(await readText(values.bounds, "bounds file")) : undefined;

    const options: AllocateOptions = {
      totalBudget,
      objective,
      ...(margin !== undefined ? { margin } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(bounds ? { bounds } : {}),
      ...(extrapolate !== undefined ? { extrapolate } : {}),
      ...(values["unlock-unidentified"] ? { unlockUnidentified: true } : {}),
      ...(values.basis ? { basis: values.basis as "expected" | "point" } : {}),
    };
    const plan = allocateBudget(model, options);
    const seconds = (performance.now() - started) / 1000;
    const out = {
      allocation: plan.allocation,
      predicted: plan.predicted,
      seconds,
      objective,
      budget: totalBudget,
      units: `spend and revenue per week; revenue is the media-driven ${model.kpi} (baseline excluded); roi = revenue / spend`,
      ...(margin !== undefined ? { margin } : {}),
      ...(target !== undefined ? { target } : {}),
      marginalRoi: plan.marginalRoi,
      perChannel: plan.perChannel,
      optimality: plan.optimality,
      iterations: plan.iterations,
      gainVsCurrent: plan.gainVsCurrent,
      probBeatsCurrent: plan.probBeatsCurrent,
      outsideData: plan.outsideData,
      current: plan.current,
      basis: plan.basis,
      extrapolate: plan.extrapolate,
      ...(plan.safeguard ? { safeguard: plan.safeguard } : {}),
    };
    await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
    // JSON has no Infinity: an unbounded max is written as null.
    await writeFile(values.out, `${JSON.stringify(out, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`);
    const r = plan.predicted;
    process.stdout.write(
      `optimized ${model.channels.length} channels (${objective}, ${plan.basis}): spend ${r.spend.toFixed(2)}/week → revenue ${r.revenue.toFixed(2)}/week, ROI ${plainRatio(r.roi, 3)}; gain vs current mix ${plan.gainVsCurrent.mean.toFixed(2)} [${plan.gainVsCurrent.low.toFixed(2)}, ${plan.gainVsCurrent.high.toFixed(2)}]/week${plan.probBeatsCurrent !== null ? `, P(beats current) ${(100 * plan.probBeatsCurrent).toFixed(0)} %` : ""}${plan.outsideData.length ? `; outside the data: ${plan.outsideData.join(", ")}` : ""}; wrote ${values.out}\n`,
    );
    return 0;
  } catch (error) {
    const known = error instanceof UsageError || error instanceof OptimizeError || (error as { code?: string }).code?.startsWith?.("ERR_PARSE_ARGS");
    process.stderr.write(`mixcast optimize: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof UsageError || (known && !(error instanceof OptimizeError))) process.stderr.write(`${USAGE}\n`);
    return 1;
  }
}

import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { isReservedColumnName, reservedColumnMessage } from "../csv/reserved-column-name";
import { DEFAULT_MMM_OPTIONS, fitMarketingMixModel, type MmmInput, type MmmOptions } from "../mmm";
import { parseIsoDate } from "../mmm/design-controls";
import { fitGeoMixModel } from "../mmm/fit-geo-mix-model";
import { readGeoPanel } from "./geo-panel";
import { negativeKpiWarning, negativeSpendMessage } from "./negative-cell";
import { plainRatio } from "../format";
import { weekRanges } from "../weeks/complete-weeks";

const USAGE = `usage: mixcast mmm --input data.csv --date COL --kpi COL --spend a,b,c --out result.json
                  [--controls x,y] [--holidays COL] [--lift lift.csv] [--seed N]
                  [--adstock geometric|weibull-cdf|weibull-pdf|auto] [--max-lag L]
                  [--iterations G] [--bootstrap B] [--kpi-name NAME]
                  [--geo COL [--population COL]]

  --input      wide weekly CSV, one row per week; columns not named are ignored
  --date       date column (YYYY-MM-DD, one row per week)
  --kpi        KPI column (revenue or activations per week)
  --spend      comma-separated spend columns, one per media channel (currency per week, ≥ 0)
  --controls   comma-separated control columns (promotions, macro indicators, events, …)
  --holidays   column of holiday flags/counts per week
  --lift       lift-test CSV with header channel,start,end,incremental_kpi,standard_error
  --adstock    carryover family; default auto: geometric, or Weibull-pdf when BIC prefers a carryover that peaks
               weeks after the spend (with --geo the default is geometric and auto is refused)
  --out        result JSON: channels (ROI with 90 % interval, mROI, adstock, saturation, …), fit,
               decomposition, pareto, responseModel (read by \`mixcast optimize --model\`), seconds
  --geo        region column: the input is then a LONG CSV, one row per week × region (every region every week);
               fits the geo-level model (shared media shapes, regional effects pooled toward the national one)
               and adds geos: [{ name, channels: [{ name, roi, roiLow, roiHigh, contribution, spend, … }] }]
               to the same national output (controls and holidays are then per region; --lift tests
               measure the national incremental KPI and calibrate the pooled regional effects)
  --population region population column (same value on every row of a region): spend per capita`;

class InputError extends Error {}

const MIN_WEEKS = 26;

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? `${what} not found: ${file}` : `cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

function parseCsv(text: string, file: string): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim() });
  const fatal = parsed.errors.find((e) => e.type !== "FieldMismatch" || e.code === "TooManyFields");
  if (fatal) throw new InputError(`${file}: CSV error at row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const header = parsed.meta.fields ?? [];
  if (!header.length || !parsed.data.length) throw new InputError(`${file}: no data rows`);
  return { header, rows: parsed.data };
}

const list = (v: string | undefined) =>
  (v ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Row numbers in messages count data rows from 1 (the header is line 1 of the file, so row r is line r + 1). */
function numberCell(rows: Record<string, string>[], i: number, column: string, file: string): number {
  const raw = rows[i][column];
  const v = raw === undefined ? NaN : Number(String(raw).trim());
  if (raw === undefined || String(raw).trim() === "" || !Number.isFinite(v))
    throw new InputError(
      `${file}: row ${i + 1} (line ${i + 2}), column "${column}": ${raw === undefined || String(raw).trim() === "" ? "empty cell" : `"${raw}" is not a number`}`,
    );
  return v;
}

function requireColumns(header: string[], columns: string[], file: string) {
  const have = new Set(header);
  for (const c of columns) if (!have.has(c)) throw new InputError(`${file}: column "${c}" not found (columns: ${header.join(", ")})`);
}

async function readLiftTests(file: string, channels: string[]): Promise<NonNullable<MmmInput["liftTests"]>> {
  const { header, rows } = parseCsv(await readText(file, "lift file"), file);
  requireColumns(header, ["channel", "start", "end", "incremental_kpi", "standard_error"], file);
  return rows.map((r, i) => {
    const channel = String(r.channel).trim();
    if (!channels.includes(channel))
      throw new InputError(`${file}: row ${i + 1}: channel "${channel}" is not one of the --spend columns (${channels.join(", ")})`);
    for (const col of ["start", "end"]) {
      try {
        parseIsoDate(String(r[col]));
      } catch {
        throw new InputError(`${file}: row ${i + 1}, column "${col}": unparseable date "${r[col]}" (expected YYYY-MM-DD)`);
      }
    }
    if (String(r.end).trim() < String(r.start).trim()) throw new InputError(`${file}: row ${i + 1}: end ${r.end} is before start ${r.start}`);
    const se = numberCell(rows, i, "standard_error", file);
    if (!(se > 0)) throw new InputError(`${file}: row ${i + 1}: standard_error must be > 0, got ${se}`);
    return {
      channel,
      start: String(r.start).trim(),
      end: String(r.end).trim(),
      incrementalKpi: numberCell(rows, i, "incremental_kpi", file),
      standardError: se,
    };
  });
}

function intFlag(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InputError(`${flag} must be an integer ≥ ${min}, got "${value}"`);
  return n;
}

/**
 * `mixcast mmm`: fits a marketing mix model to a wide weekly CSV and writes the result as JSON.
 * Exit 0 on success; 1 with one specific message (missing column, non-numeric cell with its row, too few
 * weeks, unparseable date, negative spend, bad lift file, …) on bad input, writing nothing.
 */
export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: "string" },
        date: { type: "string" },
        kpi: { type: "string" },
        spend: { type: "string" },
        controls: { type: "string" },
        holidays: { type: "string" },
        lift: { type: "string" },
        seed: { type: "string" },
        out: { type: "string" },
        adstock: { type: "string" },
        "max-lag": { type: "string" },
        iterations: { type: "string" },
        bootstrap: { type: "string" },
        "kpi-name": { type: "string" },
        geo: { type: "string" },
        population: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`mixcast mmm: ${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    for (const flag of ["input", "date", "kpi", "spend", "out"] as const) if (!values[flag]) throw new InputError(`--${flag} is required\n${USAGE}`);
    const file = values.input!;
    const spendCols = list(values.spend),
      controlCols = list(values.controls);
    if (!spendCols.length) throw new InputError("--spend needs at least one column");
    if (values.population && !values.geo) throw new InputError("--population needs --geo (the region column)");
    const named = [
      values.date!,
      values.kpi!,
      ...spendCols,
      ...controlCols,
      ...(values.holidays ? [values.holidays] : []),
      ...(values.geo ? [values.geo] : []),
      ...(values.population ? [values.population] : []),
    ];
    const dup = named.find((c, i) => named.indexOf(c) !== i);
    if (dup) throw new InputError(`column "${dup}" is named twice`);
    // Rows are read as objects keyed by column: "__proto__" would read as Object.prototype, "constructor" as a function.
    const reserved = named.find(isReservedColumnName);
    if (reserved) throw new InputError(reservedColumnMessage(reserved));
    // Unset: the engine's default, "auto" for the national model and geometric for the geo model.
    const adstock = values.adstock;
    if (adstock !== undefined && !["geometric", "weibull-cdf", "weibull-pdf", "auto"].includes(adstock))
      throw new InputError(`--adstock must be geometric, weibull-cdf, weibull-pdf or auto, got "${adstock}"`);
    const options: MmmOptions = {
      seed: intFlag(values.seed, "--seed", 0) ?? DEFAULT_MMM_OPTIONS.seed,
      adstock: adstock as MmmOptions["adstock"],
      maxLag: intFlag(values["max-lag"], "--max-lag", 0),
      iterations: intFlag(values.iterations, "--iterations", 1),
      bootstrap: intFlag(values.bootstrap, "--bootstrap", 1),
    };

    const { header, rows } = parseCsv(await readText(file, "input file"), file);
    requireColumns(header, named, file);
    if (values.geo) {
      const panel = readGeoPanel(
        rows,
        {
          date: values.date!,
          kpi: values.kpi!,
          geo: values.geo,
          population: values.population,
          spend: spendCols,
          controls: controlCols,
          holidays: values.holidays,
          kpiName: values["kpi-name"] ?? values.kpi!,
        },
        file,
        (warning) => process.stderr.write(`mixcast mmm: ${warning}\n`),
      );
      if (options.adstock === "auto") throw new InputError("--adstock auto is not supported with --geo: name one family");
      // Lift tests measured the channel's national incremental KPI; the geo model calibrates its regional effects to them.
      if (values.lift) panel.liftTests = await readLiftTests(values.lift, spendCols);
      const result = fitGeoMixModel(panel, { ...options, adstock: options.adstock as "geometric" | "weibull-cdf" | "weibull-pdf" });
      const out = values.out!;
      await mkdir(path.dirname(path.resolve(out)), { recursive: true });
      await writeFile(out, `${JSON.stringify(result)}\n`);
      const roi = result.channels.map((c) => `${c.name} ${plainRatio(c.roi)} [${plainRatio(c.roiLow)}, ${plainRatio(c.roiHigh)}]`).join("; ");
      process.stdout.write(
        `mixcast mmm: geo model, ${panel.geos.length} regions × ${panel.dates.length} weeks × ${spendCols.length} channels in ${result.seconds.toFixed(1)} s, national R² ${result.fit.r2.toFixed(3)}; national ROI ${roi} → ${out}\n`,
      );
      return 0;
    }
    const dated = rows.map((r, i) => {
      const raw = String(r[values.date!] ?? "").trim();
      try {
        return { row: r, index: i, date: raw, ms: parseIsoDate(raw) };
      } catch {
        throw new InputError(`${file}: row ${i + 1} (line ${i + 2}), column "${values.date}": unparseable date "${raw}" (expected YYYY-MM-DD)`);
      }
    });
    dated.sort((a, b) => a.ms - b.ms);
    for (let k = 1; k < dated.length; k++)
      if (dated[k].ms === dated[k - 1].ms)
        throw new InputError(
          `${file}: date ${dated[k].date} appears twice (rows ${dated[k - 1].index + 1} and ${dated[k].index + 1}); one row per week is expected`,
        );
    // Adstock and the block bootstrap take rows as consecutive weeks. A gap is fitted as if it were not there, so say
    // where it is (a warning, not a refusal: the app fits the longest consecutive run, the CLI leaves that to the user).
    const runs = weekRanges(dated.map((d) => d.date));
    const gaps = runs.slice(1).map((r, k) => `${runs[k].last} → ${r.first}`);
    if (gaps.length)
      process.stderr.write(
        `mixcast mmm: warning: ${gaps.length} place${gaps.length > 1 ? "s" : ""} where rows are not one week apart (${gaps.slice(0, 3).join(", ")}${gaps.length > 3 ? ", …" : ""}); the fit treats the rows as consecutive weeks, so carryover runs across ${gaps.length > 1 ? "those gaps" : "that gap"}\n`,
      );
    const ordered = dated.map((d) => d.row);
    const origin = dated.map((d) => d.index);
    const column = (name: string) => ordered.map((_, k) => numberCell(rows, origin[k], name, file));
    const media = spendCols.map((name) => {
      const spend = column(name);
      const bad = spend.findIndex((v) => v < 0);
      if (bad >= 0) throw new InputError(negativeSpendMessage(file, origin[bad], name, spend[bad]));
      return { name, spend };
    });
    const kpi = column(values.kpi!);
    const kpiWarning = negativeKpiWarning(file, values.kpi!, kpi, origin);
    if (kpiWarning) process.stderr.write(`mixcast mmm: ${kpiWarning}\n`);
    const p = 1 + 5 + controlCols.length + spendCols.length + (values.holidays ? 1 : 0);
    if (ordered.length < MIN_WEEKS || ordered.length < p + 8)
      throw new InputError(`${file}: too few weeks: ${ordered.length} rows for ${p} coefficients (need at least ${Math.max(MIN_WEEKS, p + 8)})`);
    const input: MmmInput = {
      dates: dated.map((d) => new Date(d.ms).toISOString().slice(0, 10)),
      kpi,
      kpiName: values["kpi-name"] ?? values.kpi!,
      media,
      controls: controlCols.map((name) => ({ name, values: column(name) })),
      holidays: values.holidays ? column(values.holidays) : undefined,
      liftTests: values.lift ? await readLiftTests(values.lift, spendCols) : undefined,
    };
    const result = fitMarketingMixModel(input, options);
    const out = values.out!;
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, `${JSON.stringify(result)}\n`);
    const roi = result.channels.map((c) => `${c.name} ${plainRatio(c.roi)} [${plainRatio(c.roiLow)}, ${plainRatio(c.roiHigh)}]`).join("; ");
    process.stdout.write(
      `mixcast mmm: ${input.dates.length} weeks × ${media.length} channels, ${result.settings.adstock} adstock, in ${result.seconds.toFixed(1)} s, R² ${result.fit.r2.toFixed(3)}, NRMSE ${result.fit.nrmse.toFixed(4)}; ROI ${roi} → ${out}\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`mixcast mmm: ${(error as Error).message}\n`);
    return 1;
  }
}

import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { isReservedColumnName, reservedColumnMessage } from "../csv/reserved-column-name";
import { negativeKpiWarning, negativeSpendMessage } from "./negative-cell";
import { parseIsoDate } from "../forecast/dates";
import { forecastUnderPlan, PlanInputError, type PlanForecastHistory, type PlanInput } from "../forecast-plan/forecast-under-plan";
import type { ResponseModel } from "../mmm/types";
import { OptimizeError } from "../optimize/optimize-error";
import { responseModelFromResult } from "../optimize/response-model-from-result";

const USAGE = `usage: mixcast forecast-plan --model model.json --input history.csv --date COL --kpi COL
                            --plan plan.csv --out forecast.csv [--controls x,y] [--seed N]

  --model      result.json written by \`mixcast mmm\` (media effects: adstock, saturation, bootstrap draws)
  --input      the wide weekly CSV the model was fitted on (or a longer one): the date, the KPI, one spend
               column per model channel, and the --controls columns; other columns are ignored
  --date       date column (YYYY-MM-DD, one row per week, consecutive weeks)
  --kpi        KPI column (the model's KPI per week)
  --plan       CSV with header <date col>,<channel…>[,<control…>]: one row per future week, in order, starting
               the week after the history ends; a spend column for every model channel; an empty control cell
               (or a control left out) keeps the last known value
  --controls   comma-separated control columns of the history (price, macro, promotions, events …), used as
               regressors of the baseline forecast
  --out        CSV with header week,yhat,lo80,hi80,lo95,hi95,baseline,media (one row per plan week):
               yhat = baseline + media; baseline = the forecast of the KPI without the model's media;
               media = the plan's media response, with the carryover of spend before the plan;
               lo/hi = 80 % and 95 % intervals over baseline error and the model's bootstrap draws`;

class InputError extends Error {}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? `${what} not found: ${file}` : `cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

type Table = { header: string[]; rows: Record<string, string>[] };

function parseCsv(text: string, file: string): Table {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim() });
  const fatal = parsed.errors.find((e) => e.type !== "FieldMismatch" || e.code === "TooManyFields");
  if (fatal) throw new InputError(`${file}: CSV error at row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const header = parsed.meta.fields ?? [];
  if (!header.length || !parsed.data.length) throw new InputError(`${file}: no data rows`);
  const reserved = header.find(isReservedColumnName);
  if (reserved) throw new InputError(`${file}: ${reservedColumnMessage(reserved)}`);
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw new InputError(`${file}: column "${dup}" appears twice`);
  return { header, rows: parsed.data };
}

const list = (v: string | undefined) =>
  (v ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const cellText = (row: Record<string, string>, column: string) => (Object.hasOwn(row, column) && row[column] != null ? String(row[column]).trim() : "");

/** Row numbers in messages count data rows from 1 (the header is line 1 of the file, so row r is line r + 1). */
function numberCell(row: Record<string, string>, i: number, column: string, file: string, allowEmpty = false): number {
  const raw = cellText(row, column);
  if (raw === "") {
    if (allowEmpty) return Number.NaN;
    throw new InputError(`${file}: row ${i + 1} (line ${i + 2}), column "${column}": empty cell`);
  }
  const v = Number(raw);
  if (!Number.isFinite(v)) throw new InputError(`${file}: row ${i + 1} (line ${i + 2}), column "${column}": "${raw}" is not a number`);
  return v;
}

function dateCell(row: Record<string, string>, i: number, column: string, file: string): string {
  const raw = cellText(row, column).slice(0, 10);
  if (Number.isNaN(parseIsoDate(raw)))
    throw new InputError(`${file}: row ${i + 1} (line ${i + 2}), column "${column}": unparseable date "${cellText(row, column)}" (expected YYYY-MM-DD)`);
  return raw;
}

function spendCell(row: Record<string, string>, i: number, column: string, file: string): number {
  const v = numberCell(row, i, column, file);
  if (v < 0) throw new InputError(negativeSpendMessage(file, i, column, v));
  return v;
}

async function readModel(file: string): Promise<ResponseModel> {
  const text = await readText(file, "model file");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  try {
    return responseModelFromResult(json);
  } catch (error) {
    if (error instanceof OptimizeError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
}

function readHistory(table: Table, file: string, cols: { date: string; kpi: string; channels: string[]; controls: string[] }): PlanForecastHistory {
  const have = new Set(table.header);
  if (!have.has(cols.date)) throw new InputError(`${file}: date column "${cols.date}" not found (columns: ${table.header.join(", ")})`);
  if (!have.has(cols.kpi)) throw new InputError(`${file}: KPI column "${cols.kpi}" not found (columns: ${table.header.join(", ")})`);
  const missingChannel = cols.channels.find((c) => !have.has(c));
  if (missingChannel)
    throw new InputError(`${file}: no spend column for the model's channel "${missingChannel}" (the model's channels are ${cols.channels.join(", ")})`);
  const missingControl = cols.controls.find((c) => !have.has(c));
  if (missingControl) throw new InputError(`${file}: control column "${missingControl}" (--controls) not found (columns: ${table.header.join(", ")})`);
  const rows = table.rows.map((row, i) => ({ row, i, date: dateCell(row, i, cols.date, file) }));
  rows.sort((a, b) => a.date.localeCompare(b.date));
  for (let k = 1; k < rows.length; k++) {
    if (rows[k].date === rows[k - 1].date)
      throw new InputError(`${file}: date ${rows[k].date} appears twice (rows ${rows[k - 1].i + 1} and ${rows[k].i + 1}); one row per week is expected`);
    if (parseIsoDate(rows[k].date) - parseIsoDate(rows[k - 1].date) !== 7 * 86_400_000)
      throw new InputError(
        `${file}: weeks must be consecutive, 7 days apart: ${rows[k - 1].date} (row ${rows[k - 1].i + 1}) is followed by ${rows[k].date} (row ${rows[k].i + 1})`,
      );
  }
  const kpi = rows.map((r) => numberCell(r.row, r.i, cols.kpi, file));
  const warning = negativeKpiWarning(
    file,
    cols.kpi,
    kpi,
    rows.map((r) => r.i),
  );
  if (warning) process.stderr.write(`mixcast forecast-plan: ${warning}\n`);
  return {
    dates: rows.map((r) => r.date),
    kpi,
    spend: Object.fromEntries(cols.channels.map((c) => [c, rows.map((r) => spendCell(r.row, r.i, c, file))])),
    controls: Object.fromEntries(cols.controls.map((c) => [c, rows.map((r) => numberCell(r.row, r.i, c, file))])),
  };
}

function readPlan(table: Table, file: string, cols: { date: string; channels: string[]; controls: string[] }): PlanInput {
  if (!table.header.includes(cols.date))
    throw new InputError(
      `${file}: date column "${cols.date}" not found (columns: ${table.header.join(", ")}); the plan's header is ${cols.date},<channel…>[,<control…>]`,
    );
  const unknown = table.header.find((h) => h !== cols.date && !cols.channels.includes(h) && !cols.controls.includes(h));
  if (unknown !== undefined)
    throw new InputError(
      `${file}: unknown channel "${unknown}": the model's channels are ${cols.channels.join(", ")}${cols.controls.length ? `; the controls (--controls) are ${cols.controls.join(", ")}` : " and no --controls were given"}`,
    );
  const missing = cols.channels.find((c) => !table.header.includes(c));
  if (missing !== undefined)
    throw new InputError(`${file}: no spend column for the model's channel "${missing}" (every channel needs planned spend; write 0 for none)`);
  const dates = table.rows.map((row, i) => dateCell(row, i, cols.date, file));
  for (let k = 1; k < dates.length; k++) {
    if (parseIsoDate(dates[k]) - parseIsoDate(dates[k - 1]) !== 7 * 86_400_000)
      throw new InputError(`${file}: rows must be consecutive weeks in order: row ${k} is ${dates[k - 1]}, row ${k + 1} is ${dates[k]}`);
  }
  const planned = cols.controls.filter((c) => table.header.includes(c));
  return {
    dates,
    spend: Object.fromEntries(cols.channels.map((c) => [c, table.rows.map((row, i) => spendCell(row, i, c, file))])),
    controls: Object.fromEntries(planned.map((c) => [c, table.rows.map((row, i) => numberCell(row, i, c, file, true))])),
  };
}

const fmt = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 1e4) / 1e4) : "");

/**
 * `mixcast forecast-plan`: the KPI forecast for each week of a spend plan — baseline forecast (the KPI without the
 * mix model's media, forecast by the engine) + the plan's media response through the model's adstock and saturation,
 * starting from the adstock built up by the history's spend — with 80/95 % intervals, written as CSV.
 * Exit 0 on success; 1 with one specific message (unknown channel, gap between history and plan, missing control,
 * non-numeric cell with its row, …) on bad input, writing nothing.
 */
export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        model: { type: "string" },
        input: { type: "string" },
        date: { type: "string" },
        kpi: { type: "string" },
        plan: { type: "string" },
        out: { type: "string" },
        controls: { type: "string" },
        seed: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`mixcast forecast-plan: ${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    for (const flag of ["model", "input", "date", "kpi", "plan", "out"] as const) if (!values[flag]) throw new InputError(`--${flag} is required\n${USAGE}`);
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new InputError(`--seed must be an integer ≥ 0, got "${values.seed}"`);
    const model = await readModel(values.model!);
    const channels = model.channels.map((c) => c.name);
    const controls = list(values.controls);
    const named = [values.date!, values.kpi!, ...controls];
    const dup = named.find((c, i) => named.indexOf(c) !== i);
    if (dup) throw new InputError(`column "${dup}" is named twice`);
    const clash = controls.find((c) => channels.includes(c)) ?? (channels.includes(values.kpi!) ? values.kpi : undefined);
    if (clash) throw new InputError(`column "${clash}" is a channel of the model and cannot also be the KPI or a control`);
    const reserved = named.find(isReservedColumnName);
    if (reserved) throw new InputError(reservedColumnMessage(reserved));

    const history = readHistory(parseCsv(await readText(values.input!, "input file"), values.input!), values.input!, {
      date: values.date!,
      kpi: values.kpi!,
      channels,
      controls,
    });
    const plan = readPlan(parseCsv(await readText(values.plan!, "plan file"), values.plan!), values.plan!, { date: values.date!, channels, controls });
    const t0 = Date.now();
    const f = await forecastUnderPlan(model, history, plan, { seed });
    const header = ["week", "yhat", "lo80", "hi80", "lo95", "hi95", "baseline", "media"];
    const lines = f.dates.map((week, h) => [week, ...[f.yhat, f.lo80, f.hi80, f.lo95, f.hi95, f.baseline, f.media].map((xs) => fmt(xs[h]))].join(","));
    const out = values.out!;
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, `${header.join(",")}\n${lines.join("\n")}\n`);
    for (const note of f.notes) process.stderr.write(`note: ${note}\n`);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    process.stdout.write(
      `mixcast forecast-plan: ${f.dates.length} weeks from ${f.dates[0]} (history ${history.dates.length} weeks, baseline model ${f.baselineModel}) in ${((Date.now() - t0) / 1000).toFixed(1)} s: ` +
        `KPI ${fmt(sum(f.yhat))} = baseline ${fmt(sum(f.baseline))} + media ${fmt(sum(f.media))} (tail after the plan ${fmt(sum(f.mediaDetail.tail))}) → ${out}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof PlanInputError) {
      process.stderr.write(`mixcast forecast-plan: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

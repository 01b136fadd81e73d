import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { isReservedColumnName, reservedColumnMessage } from "../csv/reserved-column-name";
import { forecastSeries, MAX_HORIZON, MODEL_NAMES, parseIsoDate, type ForecastResult, type SeriesInput } from "../forecast";

const USAGE = `usage: mixcast forecast --input series.csv --horizon H --out forecast.csv
                       [--models a,b,...] [--level 80,95] [--all-models] [--folds F]

  --input       long CSV with header series,date,value (weekly ISO dates, one row per series and week);
                extra numeric columns are regressors; their future values go in rows with an empty value
  --horizon     weeks to forecast, 1..${MAX_HORIZON}
  --out         CSV series,date,model,yhat,lo80,hi80,lo95,hi95 (H rows per series, auto-chosen model first)
  --models      candidate models (default: all but prophet): ${MODEL_NAMES.join(", ")}
  --level       interval levels written (only 80 and 95 are supported; both columns are always written)
  --all-models  also write every other fitted model's rows
  --folds       walk-forward backtest folds (default 3)`;

const REQUIRED = ["series", "date", "value"] as const;
const MAX_MESSAGES = 50;

class InputError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join("\n"));
  }
}

type Row = { line: number; date: string; value: number | null; regressors: Record<string, number | null> };

function parseNumberCell(raw: string): number | null | string {
  const s = raw.trim();
  if (s === "") return null;
  const n = Number(s);
  return Number.isFinite(n) && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s) ? n : `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}" is not a number`;
}

/** Parses and validates the long CSV into one SeriesInput per series (row numbers = file line numbers, header = row 1). */
export function parseSeriesCsv(text: string, horizon: number): SeriesInput[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim());
  const errors: string[] = [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw new InputError([`missing column(s): ${missing.join(", ")} (header must include series,date,value; got "${header.join(",")}")`]);
  const dupHeader = header.filter((h, i) => h && header.indexOf(h) !== i);
  if (dupHeader.length) throw new InputError([`duplicate column(s): ${[...new Set(dupHeader)].join(", ")}`]);
  const idx = Object.fromEntries(header.map((h, i) => [h, i]));
  const regressorCols = header.filter((h) => h && !(REQUIRED as readonly string[]).includes(h));
  // Regressor names become object keys all the way into the engine: refuse the ones every object already has.
  const reserved = regressorCols.filter(isReservedColumnName);
  if (reserved.length) throw new InputError(reserved.map((h) => reservedColumnMessage(h)));
  const bySeries = new Map<string, Row[]>();
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i];
    const line = i + 1;
    if (cells.length === 1 && cells[0].trim() === "") continue; // blank line
    if (cells.length !== header.length) {
      errors.push(`row ${line}: expected ${header.length} columns, got ${cells.length}`);
      continue;
    }
    const series = cells[idx.series].trim();
    const date = cells[idx.date].trim();
    if (!series) errors.push(`row ${line}, column series: is empty`);
    if (Number.isNaN(parseIsoDate(date))) errors.push(`row ${line}, column date: "${date}" is not a date (use YYYY-MM-DD)`);
    const value = parseNumberCell(cells[idx.value]);
    if (typeof value === "string") errors.push(`row ${line}, column value: ${value}`);
    if (value === null && regressorCols.length === 0)
      errors.push(`row ${line}, column value: is empty (empty values are only allowed in future rows of regressor columns)`);
    const regressors: Record<string, number | null> = {};
    for (const col of regressorCols) {
      const v = parseNumberCell(cells[idx[col]]);
      if (typeof v === "string") errors.push(`row ${line}, column ${col}: ${v}`);
      else regressors[col] = v;
    }
    if (!series || Number.isNaN(parseIsoDate(date))) continue;
    // a bad value still occupies its week, so duplicate/gap checks below stay meaningful
    const list = bySeries.get(series) ?? [];
    list.push({ line, date, value: typeof value === "string" ? Number.NaN : value, regressors });
    bySeries.set(series, list);
  }
  if (rows.length <= 1 || (bySeries.size === 0 && errors.length === 0)) errors.push("no data rows");

  const inputs: SeriesInput[] = [];
  for (const [key, list] of bySeries) {
    list.sort((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date));
    for (let i = 1; i < list.length; i++) {
      if (list[i].date === list[i - 1].date) {
        errors.push(`row ${list[i].line}: duplicate date ${list[i].date} for series "${key}" (also row ${list[i - 1].line})`);
      } else if (parseIsoDate(list[i].date) - parseIsoDate(list[i - 1].date) !== 7 * 86_400_000) {
        errors.push(
          `row ${list[i].line}, column date: series "${key}" is not weekly: ${list[i - 1].date} (row ${list[i - 1].line}) is followed by ${list[i].date}`,
        );
      }
    }
    const lastValued = list.map((r) => r.value !== null).lastIndexOf(true);
    if (lastValued < 0) {
      errors.push(`series "${key}": no rows with a value`);
      continue;
    }
    const history = list.slice(0, lastValued + 1);
    const gaps = history.filter((r) => r.value === null);
    for (const r of gaps) errors.push(`row ${r.line}, column value: is empty inside the history of series "${key}"`);
    const future = list.slice(lastValued + 1);
    if (future.length > horizon) errors.push(`series "${key}": ${future.length} future rows but --horizon is ${horizon}`);
    const regressors: Record<string, number[]> = {};
    for (const col of regressorCols) {
      const hist = history.map((r) => r.regressors[col]);
      const emptyRow = history.find((r) => r.regressors[col] === null);
      if (emptyRow) {
        errors.push(`row ${emptyRow.line}, column ${col}: is empty (regressors need a value in every history row)`);
        continue;
      }
      // a future gap ends the given path; the engine carries the last known value forward from there
      const fut: number[] = [];
      for (const r of future) {
        const v = r.regressors[col];
        if (v === null) break;
        fut.push(v);
      }
      regressors[col] = [...(hist as number[]), ...fut];
    }
    inputs.push({
      key,
      dates: history.map((r) => r.date),
      values: history.map((r) => r.value as number),
      ...(regressorCols.length ? { regressors } : {}),
    });
  }
  if (errors.length) throw new InputError(errors);
  return inputs;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6)));
}

export function toForecastCsv(results: ForecastResult[], allModels: boolean): string {
  const lines = ["series,date,model,yhat,lo80,hi80,lo95,hi95"];
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  for (const r of results) {
    const models = allModels ? [r.chosen, ...Object.keys(r.forecasts).filter((m) => m !== r.chosen)] : [r.chosen];
    for (const m of models) {
      const f = r.forecasts[m];
      f.dates.forEach((d, i) => {
        lines.push([quote(r.key), d, m, fmt(f.yhat[i]), fmt(f.lo80[i]), fmt(f.hi80[i]), fmt(f.lo95[i]), fmt(f.hi95[i])].join(","));
      });
    }
  }
  return `${lines.join("\n")}\n`;
}

/** `mixcast forecast`: exit 0 on success, 1 with specific messages on stderr for any bad input. */
export async function run(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        input: { type: "string" },
        horizon: { type: "string" },
        out: { type: "string" },
        models: { type: "string" },
        level: { type: "string" },
        "all-models": { type: "boolean", default: false },
        folds: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const problems: string[] = [];
    if (!values.input) problems.push("--input is required");
    if (!values.out) problems.push("--out is required");
    const horizon = Number(values.horizon);
    if (values.horizon === undefined) problems.push("--horizon is required");
    else if (!/^\d+$/.test(values.horizon.trim()) || horizon < 1 || horizon > MAX_HORIZON) {
      problems.push(`--horizon must be an integer from 1 to ${MAX_HORIZON}, got "${values.horizon}"`);
    }
    const models = values.models
      ?.split(",")
      .map((m) => m.trim())
      .filter(Boolean);
    const unknown = models?.filter((m) => !(MODEL_NAMES as readonly string[]).includes(m)) ?? [];
    if (unknown.length) problems.push(`--models: unknown model(s) ${unknown.join(", ")}; known: ${MODEL_NAMES.join(", ")}`);
    if (values.level !== undefined) {
      const bad = values.level
        .split(",")
        .map((l) => l.trim())
        .filter((l) => l !== "80" && l !== "95");
      if (bad.length) problems.push(`--level: only 80 and 95 are supported, got ${bad.join(", ")}`);
    }
    const folds = values.folds === undefined ? undefined : Number(values.folds);
    if (folds !== undefined && !(Number.isInteger(folds) && folds >= 0 && folds <= 20))
      problems.push(`--folds must be an integer from 0 to 20, got "${values.folds}"`);
    if (problems.length) throw new InputError([...problems, "", USAGE]);

    let text: string;
    try {
      text = await readFile(values.input!, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError([code === "ENOENT" ? `input not found: ${values.input}` : `cannot read ${values.input}: ${(error as Error).message}`]);
    }
    const inputs = parseSeriesCsv(text, horizon);
    const results: ForecastResult[] = [];
    for (const [i, input] of inputs.entries()) {
      const r = await forecastSeries(input, { horizon, ...(models?.length ? { models } : {}), ...(folds !== undefined ? { folds } : {}) });
      results.push(r);
      process.stderr.write(`[${i + 1}/${inputs.length}] ${r.key}: ${r.chosen}${r.notes.length ? ` (${r.notes.join("; ")})` : ""}\n`);
    }
    await writeFile(values.out!, toForecastCsv(results, values["all-models"] ?? false));
    process.stdout.write(`forecast: ${results.length} series × ${horizon} weeks → ${values.out}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      const shown = error.messages.slice(0, MAX_MESSAGES);
      const more = error.messages.length - shown.length;
      process.stderr.write(`mixcast forecast: invalid input\n${shown.join("\n")}${more > 0 ? `\n… and ${more} more` : ""}\n`);
      return 1;
    }
    if (error instanceof TypeError && "code" in error && String((error as { code: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`mixcast forecast: ${error.message}\n\n${USAGE}\n`);
      return 1;
    }
    throw error;
  }
}

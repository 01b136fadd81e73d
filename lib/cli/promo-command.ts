import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { decodeCsvBytes } from "../csv/read-csv";
import { PLANNED_PROMO_CSV_COLUMNS, parsePlannedPromosCsv, type PlannedPromoCsvError } from "../promo/planned-promo-schema";
import { withCliDatabase } from "./cli-database";

const USAGE = `usage: mixcast promo score --input planned.csv --out scored.csv

  --input   CSV of planned promotions with header ${PLANNED_PROMO_CSV_COLUMNS.join(",")}
            (promotion_id may be blank; extra columns are ignored)
  --out     scored CSV: the input columns plus p_sells,uplift,roi,decision (decision is go or no-go)

Scores with the champion promo model of the app's active dataset; when there is none yet, one is fitted first
(recorded as a model run). Uses DATABASE_URL, else the app's embedded database (started if the app is not running).`;

const fail = (message: string) => {
  process.stderr.write(`mixcast promo: ${message}\n`);
  return 1;
};

/**
 * `mixcast promo score`: the Promo planner's CSV batch from a terminal. The file is validated row by row before the
 * database is touched; any bad row and nothing is scored or written (exit 1, one line per problem on stderr).
 */
export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (sub !== "score") return fail(`${sub ? `unknown subcommand "${sub}"` : "missing subcommand"}\n${USAGE}`);
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { input: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.input) return fail(`--input is required\n${USAGE}`);
  if (!values.out) return fail(`--out is required\n${USAGE}`);
  const input = values.input;
  const out = values.out;

  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === "ENOENT" ? `input file not found: ${input}` : `cannot read ${input}: ${(error as Error).message}`);
  }
  // The same reader and cell rules as the Promo planner page (lib/csv): UTF-8 only, formula-like cells refused.
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return fail(`${input}: ${decoded.error}`);
  const parsed = parsePlannedPromosCsv(decoded.text);
  const report = (errors: PlannedPromoCsvError[]) => {
    const n = errors.length;
    process.stderr.write(`mixcast promo: ${input}: ${n} problem${n === 1 ? "" : "s"}; nothing was scored\n`);
    for (const e of errors) process.stderr.write(`  ${e.row === 0 ? e.message : `${input}: ${e.message}`}\n`);
    return 1;
  };
  if (!parsed.ok) return report(parsed.errors);

  return withCliDatabase(async () => {
    // Loaded after the database is chosen: the Prisma client reads DATABASE_URL when first used.
    const { fetchActiveDataset, fetchDatasetVersion } = await import("../data/reads/datasets");
    const { seedDemoIfEmpty } = await import("../data/writes/seed-demo");
    const { scoreAndStorePromos, PromoValueError } = await import("../data/writes/promo-scoring");
    const { scoredPromosToCsv, promoScoreToWire } = await import("../promo/promo-score-wire");
    const { prisma } = await import("../db/client");

    // A fresh database gets the demo, as the app does on first start.
    const seeded = await seedDemoIfEmpty();
    if (seeded.seeded) process.stderr.write(`mixcast promo: empty database; seeded the demo dataset in ${seeded.seconds.toFixed(1)} s\n`);
    const dataset = await fetchActiveDataset();
    if (!dataset) return fail("no dataset to score against; import data first");

    const champion = await prisma().modelRun.findFirst({
      where: { datasetId: dataset.id, kind: "promo", isChampion: true, status: "succeeded" },
      select: { id: true },
    });
    if (!champion) {
      const runId = await fitPromoModel(dataset.id, await fetchDatasetVersion(dataset.id));
      if (typeof runId === "string") return fail(runId);
    }

    let result;
    try {
      result = await scoreAndStorePromos(parsed.rows, { source: "cli", createdBy: "cli", datasetId: dataset.id });
    } catch (error) {
      // Unknown category, region or promo type: one line per value, naming the row (the header is row 1).
      if (error instanceof PromoValueError)
        return report(
          error.problems.map((p) => ({ row: p.index + 2, column: p.field, reason: p.reason, message: `row ${p.index + 2}, column ${p.field}: ${p.reason}` })),
        );
      throw error;
    }
    const csv = scoredPromosToCsv(result.promos.map((promo, i) => ({ promo, score: promoScoreToWire(result.scores[i]) })));
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, csv);
    const go = result.scores.filter((s) => s.decision === "go").length;
    process.stdout.write(
      `mixcast promo: scored ${result.scores.length} promos with run #${result.runId}: ${go} go, ${result.scores.length - go} no-go → ${out}\n`,
    );
    return 0;
  });
}

/**
 * Fits the first promo model through the worker's own lifecycle (run row, progress, log, champion), synchronously
 * in this process, so it is recorded like any other fit. Returns the run id, or an error message.
 */
async function fitPromoModel(datasetId: number, datasetVersion: number): Promise<number | string> {
  const { prisma } = await import("../db/client");
  const { runFitJob } = await import("../jobs/run-fit-job");
  const { FIT_RUNNERS } = await import("../jobs/fits");
  process.stderr.write("mixcast promo: no promo model yet; fitting one (about 10–30 s)…\n");
  const run = await prisma().modelRun.create({
    data: { kind: "promo", datasetId, datasetVersion, status: "queued", stage: "fitting from the CLI", createdBy: "cli" },
  });
  await prisma().runLog.create({ data: { runId: run.id, message: "started by mixcast promo score (no champion promo model)" } });
  await runFitJob({ runId: run.id, runners: FIT_RUNNERS, retryLimit: 0 });
  const done = await prisma().modelRun.findUniqueOrThrow({ where: { id: run.id }, select: { status: true, error: true } });
  if (done.status !== "succeeded") return `the promo fit (run #${run.id}) ${done.status}: ${done.error ?? "no error recorded"}`;
  process.stderr.write(`mixcast promo: fitted run #${run.id}\n`);
  return run.id;
}

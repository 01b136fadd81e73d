import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { withCliDatabase } from "./cli-database";

const KINDS = ["mmm", "forecast"] as const;
type Kind = (typeof KINDS)[number];

const USAGE = `usage: mixcast report --kind mmm|forecast --out report.pdf

  --kind   mmm: the mix-model one-pager (fit, decomposition, ROI and marginal ROI, response curves,
                carryover, recommended allocation, caveats)
           forecast: the next 13 weeks by channel and region with intervals, backtest accuracy,
                the money cost of forecast error and open drop alerts
  --out    the PDF to write (folders are created)

Reports the champion run of that kind for the app's active dataset. Uses DATABASE_URL, else the app's embedded
database (started if the app is not running). Exit 1 when there is no such run.`;

const fail = (message: string) => {
  process.stderr.write(`mixcast report: ${message}\n`);
  return 1;
};

/** `mixcast report`: the Channel ROI or Forecasts report as a PDF, the same document the app's report pages show. */
export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { kind: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.kind) return fail(`--kind is required\n${USAGE}`);
  if (!(KINDS as readonly string[]).includes(values.kind)) return fail(`--kind must be mmm or forecast, got "${values.kind}"\n${USAGE}`);
  if (!values.out) return fail(`--out is required\n${USAGE}`);
  const kind = values.kind as Kind;
  const out = values.out;

  return withCliDatabase(async () => {
    // Loaded after the database is chosen: the Prisma client reads DATABASE_URL when first used.
    const { fetchForecastReport, fetchMmmReport } = await import("../data/reads/report-data");
    const { renderReportPdf } = await import("../reports/pdf/render-report-pdf");
    const result = kind === "mmm" ? await fetchMmmReport() : await fetchForecastReport();
    if (result.status !== "ready") return fail(result.message);
    const pdf = await renderReportPdf(result.report);
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, pdf);
    const m = result.report.meta;
    process.stdout.write(
      `mixcast report: ${m.title} for dataset "${m.datasetName}" v${m.datasetVersion}, ${m.runs.map((r) => `${r.label.toLowerCase()} #${r.id}`).join(", ")} → ${out} (${(pdf.length / 1024).toFixed(0)} KB)\n`,
    );
    return 0;
  });
}

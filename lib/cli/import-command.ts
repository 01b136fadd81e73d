import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DOMAIN_KINDS, domainKindSchema } from "../csv/domains";
import { decodeCsvBytes } from "../csv/validate-import";
import { withCliDatabase } from "./cli-database";

const USAGE = `usage: mixcast import --kind <${DOMAIN_KINDS.join("|")}> --file data.csv [--dataset NAME] [--dry-run]`;

/** `mixcast import`: the Data page's import from a terminal — same validation, same all-or-nothing write. */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { kind: { type: "string" }, file: { type: "string" }, dataset: { type: "string" }, "dry-run": { type: "boolean" }, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const kind = domainKindSchema.safeParse(values.kind);
  if (!kind.success) {
    process.stderr.write(`mixcast import: --kind must be one of ${DOMAIN_KINDS.join(", ")}\n${USAGE}\n`);
    return 1;
  }
  if (!values.file || !existsSync(values.file)) {
    process.stderr.write(`mixcast import: file not found: ${values.file ?? "(missing --file)"}\n${USAGE}\n`);
    return 1;
  }
  const decoded = decodeCsvBytes(readFileSync(values.file));
  if (!decoded.ok) {
    process.stderr.write(`mixcast import: ${decoded.error}\n`);
    return 1;
  }
  return withCliDatabase(async () => {
    const { ensureDataset, fetchActiveDataset } = await import("../data/reads/datasets");
    const { importCsv } = await import("../data/writes/import-csv");
    const dataset = values.dataset ? await ensureDataset(values.dataset) : await fetchActiveDataset();
    if (!dataset) {
      process.stderr.write("mixcast import: no dataset exists; pass --dataset NAME to create one\n");
      return 1;
    }
    const outcome = await importCsv({
      datasetId: dataset.id,
      kind: kind.data,
      text: decoded.text,
      fileName: path.basename(values.file!),
      source: "cli",
      createdBy: "cli",
      commit: !values["dry-run"],
    });
    if (!outcome.ok) {
      const f = outcome.failed;
      if (f.fatal) process.stderr.write(`mixcast import: ${f.fatal}\n`);
      for (const e of f.errors) process.stderr.write(`row ${e.row}, column ${e.column}: ${e.value === "" ? "(empty)" : JSON.stringify(e.value)} ${e.reason}\n`);
      if (f.errorCount > f.errors.length) process.stderr.write(`… and ${f.errorCount - f.errors.length} more\n`);
      if (!f.fatal) process.stderr.write(`mixcast import: ${f.errorCount} invalid row${f.errorCount === 1 ? "" : "s"}; nothing was imported\n`);
      return 1;
    }
    const w = outcome.written;
    if (!w) process.stdout.write(`valid: ${outcome.validated.rowCount} rows (dry run, nothing written)\n`);
    else if (w.status === "duplicate") process.stdout.write(`already imported as version ${w.version}, and that is what is in effect; nothing changed\n`);
    else
      process.stdout.write(
        `imported ${outcome.validated.rowCount} rows into "${dataset.name}" as version ${w.version} (${w.inserted} new, ${w.updated} updated)${w.reappliesVersion ? `, applying again the content of version ${w.reappliesVersion}` : ""}\n`,
      );
    return 0;
  });
}

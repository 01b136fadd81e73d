import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DOMAIN_KINDS, domainKindSchema } from "../csv/domains";
import { withCliDatabase } from "./cli-database";

/** `mixcast export --kind demand --out demand.csv`: a domain back to the importer's CSV format. */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { kind: { type: "string" }, out: { type: "string" } }, strict: true });
  const kind = domainKindSchema.safeParse(values.kind);
  if (!kind.success || !values.out) {
    process.stderr.write(`usage: mixcast export --kind <${DOMAIN_KINDS.join("|")}> --out file.csv\n`);
    return 1;
  }
  return withCliDatabase(async () => {
    const { fetchActiveDataset } = await import("../data/reads/datasets");
    const { fetchDomainRows } = await import("../data/reads/export-rows");
    const { rowsToCsv } = await import("../csv/rows-to-csv");
    const dataset = await fetchActiveDataset();
    if (!dataset) {
      process.stderr.write("mixcast export: no dataset\n");
      return 1;
    }
    const rows = await fetchDomainRows(dataset.id, kind.data);
    writeFileSync(values.out!, rowsToCsv(kind.data, rows));
    process.stdout.write(`wrote ${rows.length} rows to ${values.out}\n`);
    return 0;
  });
}

/**
 * Child process for the crash test: imports a CSV into a dataset and reports when its transaction has started
 * writing. Run as: node --import tsx --conditions=react-server lib/testing/import-child.ts <datasetId> <file>
 * (node itself, not the tsx CLI, which forks a grandchild that a SIGKILL of the parent would not stop).
 */
import { readFileSync } from "node:fs";
import { importCsv } from "../data/writes/import-csv";

const [datasetId, file] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
process.stdout.write("starting\n");
const outcome = await importCsv({ datasetId: Number(datasetId), kind: "demand", text, source: "cli", commit: true });
process.stdout.write(`done ${JSON.stringify(outcome.ok && outcome.written)}\n`);
process.exit(0);

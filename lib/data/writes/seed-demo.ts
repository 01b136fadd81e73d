import "server-only";
import { DEMO_DATASET_NAME, generateDemoDataset } from "../../demo";
import { prisma } from "../../db/client";
import { ensureDataset } from "../reads/datasets";
import type { DomainKind } from "../../csv/domains";
import { importCsv } from "./import-csv";
import { rowsToCsv } from "../../csv/rows-to-csv";

/**
 * Seeds the demo dataset on first start. It goes through exactly the path a user's CSV takes (rows → CSV →
 * validator → one-transaction writer), so the demo is proof that the importer accepts realistic data.
 */
export async function seedDemoIfEmpty(log: (message: string) => void = () => {}): Promise<{ seeded: boolean; seconds: number }> {
  const started = performance.now();
  const db = prisma();
  if ((await db.dataset.count()) > 0) return { seeded: false, seconds: 0 };

  const demo = generateDemoDataset();
  const dataset = await ensureDataset(DEMO_DATASET_NAME, { description: demo.description, isDemo: true, truth: demo.truth });
  const order: [DomainKind, Record<string, unknown>[]][] = [
    ["demand", demo.demand],
    ["spend", demo.spend],
    ["unit_economics", demo.unitEconomics],
    ["macro", demo.macro],
    ["holidays", demo.holidays],
    ["promotions", demo.promotions],
    ["campaigns", demo.campaigns],
    ["service", demo.serviceInteractions],
    ["lift_tests", demo.liftTests],
  ];
  for (const [kind, rows] of order) {
    const outcome = await importCsv({
      datasetId: dataset.id,
      kind,
      text: rowsToCsv(kind, rows),
      source: "demo",
      fileName: `demo-${kind}.csv`,
      createdBy: "demo-seed",
      commit: true,
    });
    if (!outcome.ok) {
      const detail =
        outcome.failed.fatal ??
        outcome.failed.errors
          .slice(0, 5)
          .map((e) => `row ${e.row} ${e.column}: ${e.reason}`)
          .join("; ");
      throw new Error(`Demo data for ${kind} failed validation (a bug in lib/demo): ${detail}`);
    }
    log(`  demo ${kind}: ${rows.length.toLocaleString("en-US")} rows`);
  }
  for (const c of demo.channels) {
    await db.channel.updateMany({ where: { datasetId: dataset.id, name: c.name }, data: { label: c.label } });
  }
  return { seeded: true, seconds: (performance.now() - started) / 1000 };
}

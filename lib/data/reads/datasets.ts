import "server-only";
import { dataEpoch } from "../../db/change-feed";
import { prisma } from "../../db/client";
import { memo } from "../memo";

/**
 * The dataset pages read by default: the most recently created non-empty dataset that is not the demo, else the
 * demo. (A team that imports its own data sees it; a fresh install shows the demo.)
 */
export async function fetchActiveDataset() {
  // Read by the layout and the page of every request: kept until the change feed reports a change (dataEpoch).
  return memo(`active-dataset:${dataEpoch()}`, 10 * 60_000, readActiveDataset);
}

async function readActiveDataset() {
  const db = prisma();
  const datasets = await db.dataset.findMany({ orderBy: { createdAt: "desc" }, include: { _count: { select: { versions: true } } } });
  return datasets.find((d) => !d.isDemo && d._count.versions > 0) ?? datasets.find((d) => d.isDemo) ?? datasets[0] ?? null;
}

export async function ensureDataset(name: string, options: { description?: string; isDemo?: boolean; truth?: unknown } = {}) {
  const db = prisma();
  return db.dataset.upsert({
    where: { name },
    create: {
      name,
      description: options.description ?? "",
      isDemo: options.isDemo ?? false,
      truth: options.truth === undefined ? undefined : (options.truth as object),
    },
    update: {},
  });
}

/** The latest version number of a dataset (0 when nothing was imported yet). */
export async function fetchDatasetVersion(datasetId: number): Promise<number> {
  return memo(`dataset-version:${datasetId}:${dataEpoch()}`, 10 * 60_000, async () => {
    const last = await prisma().datasetVersion.aggregate({ where: { datasetId }, _max: { version: true } });
    return last._max.version ?? 0;
  });
}

import "server-only";
import { prisma } from "../../db/client";

/** Display labels of a dataset's channels ({ search: "Paid search" }), for scenario tables and charts. */
export async function fetchChannelLabels(datasetId: number): Promise<Record<string, string>> {
  const rows = await prisma().channel.findMany({ where: { datasetId }, select: { name: true, label: true } });
  return Object.fromEntries(rows.map((r) => [r.name, r.label || r.name]));
}

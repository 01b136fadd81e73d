import "server-only";
import { prisma } from "../../db/client";
import { completeWeeks, domainGaps, type DomainGap, type WeekWindow } from "../../weeks/complete-weeks";
import { fetchDatasetVersion } from "./datasets";
import { memo } from "../memo";

export type DatasetWeekWindow = WeekWindow & { gaps: DomainGap[] };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The dataset's weeks under the week-window rule (lib/weeks/complete-weeks.ts): which weeks are complete (demand and
 * spend present), which are not, and the weeks each weekly domain misses. Distinct weeks only, so it is cheap.
 */
export async function fetchWeekWindow(datasetId: number): Promise<DatasetWeekWindow> {
  const version = await fetchDatasetVersion(datasetId);
  return memo(`week-window:${datasetId}:v${version}`, 10 * 60_000, () => readWeekWindow(datasetId));
}

async function readWeekWindow(datasetId: number): Promise<DatasetWeekWindow> {
  const db = prisma();
  const [demand, spend, macro] = await Promise.all([
    db.$queryRaw<{ week: Date }[]>`SELECT DISTINCT "week" FROM "weekly_demand" WHERE "datasetId" = ${datasetId}`,
    db.$queryRaw<{ week: Date }[]>`SELECT DISTINCT "week" FROM "weekly_spend" WHERE "datasetId" = ${datasetId}`,
    db.$queryRaw<{ week: Date }[]>`SELECT DISTINCT "week" FROM "macro_indicator" WHERE "datasetId" = ${datasetId}`,
  ]);
  const weeks = { demand: demand.map((r) => iso(r.week)), spend: spend.map((r) => iso(r.week)), macro: macro.map((r) => iso(r.week)) };
  return { ...completeWeeks(weeks), gaps: domainGaps(weeks) };
}

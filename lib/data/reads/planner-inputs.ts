import "server-only";
import type { ResponseModel } from "../../mmm/types";
import { responseModelFromResult } from "../../optimize/response-model-from-result";
import { baselineAllocation } from "../../planner/baseline-allocation";
import { activationWeightedMargin, type ChannelEconomics } from "../../planner/default-margin";
import { prisma } from "../../db/client";
import { fetchChampionRun } from "./model-runs";
import { fetchDatasetVersion } from "./datasets";
import { memo } from "../memo";

/** Weeks of history the baseline allocation averages over (one quarter). */
export const BASELINE_WEEKS = 13;

export type PlannerRun = { id: number; datasetVersion: number; finishedAt: Date | null; codeVersion: string };

export type PlannerInputs = {
  run: PlannerRun;
  model: ResponseModel;
  channels: { name: string; label: string }[];
  /** Mean weekly spend per model channel over the last 13 weeks (USD/week). */
  baseline: Record<string, number>;
  baselineWeeks: { first: string | null; last: string | null };
  economics: ChannelEconomics[];
  /** Revenue per activation per channel, only for channels with unit economics. */
  revenuePerActivation: Record<string, number>;
  /** Activation-weighted gross margin from unit economics; 1 (profit = revenue − spend) without economics. */
  defaultMargin: number;
  marginFromEconomics: boolean;
};

export type PlannerInputsResult =
  { status: "ready"; inputs: PlannerInputs } | { status: "no-model" } | { status: "invalid-model"; runId: number; error: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What the Planner and Scenarios pages plan with: the champion mix model's response curves (from the
 * stored run's artifacts, so every number traces to that run), the historical baseline allocation,
 * and unit economics for activations, CPA and the default margin.
 */
export async function fetchPlannerInputs(datasetId: number): Promise<PlannerInputsResult> {
  const run = await fetchChampionRun(datasetId, "mmm");
  if (!run) return { status: "no-model" };
  // Depends only on the champion run and the data; parsing a 200-draw response model per request is the costly part.
  const version = await fetchDatasetVersion(datasetId);
  return memo(`planner:${datasetId}:v${version}:run${run.id}`, 10 * 60_000, () => readPlannerInputs(datasetId, run));
}

async function readPlannerInputs(datasetId: number, run: NonNullable<Awaited<ReturnType<typeof fetchChampionRun>>>): Promise<PlannerInputsResult> {
  let model: ResponseModel;
  try {
    model = responseModelFromResult(run.artifacts);
  } catch (error) {
    return { status: "invalid-model", runId: run.id, error: error instanceof Error ? error.message : String(error) };
  }
  const db = prisma();
  const names = model.channels.map((c) => c.name);
  const [channelRows, lastSpend] = await Promise.all([
    db.channel.findMany({ where: { datasetId, name: { in: names } }, select: { id: true, name: true, label: true } }),
    db.weeklySpend.aggregate({ where: { datasetId }, _max: { week: true } }),
  ]);
  const nameById = new Map(channelRows.map((c) => [c.id, c.name]));
  const last = lastSpend._max.week;
  const cutoff = last ? new Date(last.getTime() - (BASELINE_WEEKS - 1) * 7 * 86_400_000) : null;
  const [spendRows, demandRows, economicsRows] = await Promise.all([
    cutoff ? db.weeklySpend.groupBy({ by: ["week", "channelId"], where: { datasetId, week: { gte: cutoff } }, _sum: { spend: true } }) : Promise.resolve([]),
    cutoff ? db.weeklyDemand.groupBy({ by: ["channelId"], where: { datasetId, week: { gte: cutoff } }, _sum: { activations: true } }) : Promise.resolve([]),
    db.unitEconomics.findMany({
      where: { datasetId },
      orderBy: { validFrom: "desc" },
      select: { channelId: true, revenuePerActivation: true, costPerActivation: true },
    }),
  ]);
  const baseline = baselineAllocation(
    spendRows.flatMap((r) => {
      const channel = nameById.get(r.channelId);
      return channel ? [{ week: iso(r.week), channel, spend: r._sum.spend ?? 0 }] : [];
    }),
    names,
    BASELINE_WEEKS,
  );
  // Newest economics row per channel (rows come newest first).
  const economics: ChannelEconomics[] = [];
  for (const e of economicsRows) {
    const channel = nameById.get(e.channelId);
    if (channel && !economics.some((x) => x.channel === channel))
      economics.push({ channel, revenuePerActivation: e.revenuePerActivation, costPerActivation: e.costPerActivation });
  }
  const activations: Record<string, number> = {};
  for (const d of demandRows) {
    const channel = nameById.get(d.channelId);
    if (channel) activations[channel] = d._sum.activations ?? 0;
  }
  const margin = activationWeightedMargin(economics, activations);
  const labelOf = new Map(channelRows.map((c) => [c.name, c.label || c.name]));
  const weeks = [...new Set(spendRows.map((r) => iso(r.week)))].sort();
  return {
    status: "ready",
    inputs: {
      run: { id: run.id, datasetVersion: run.datasetVersion, finishedAt: run.finishedAt, codeVersion: run.codeVersion },
      model,
      channels: names.map((name) => ({ name, label: labelOf.get(name) ?? name })),
      baseline,
      baselineWeeks: { first: weeks[0] ?? null, last: weeks[weeks.length - 1] ?? null },
      economics,
      revenuePerActivation: Object.fromEntries(economics.filter((e) => e.revenuePerActivation > 0).map((e) => [e.channel, e.revenuePerActivation])),
      defaultMargin: margin !== null && margin > 0 ? margin : 1,
      marginFromEconomics: margin !== null && margin > 0,
    },
  };
}

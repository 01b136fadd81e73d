import "server-only";
import { prisma } from "../../db/client";
import { allocationSchema } from "../../planner/scenario-schema";

/** A saved scenario's weekly spend per channel, used as the forecast's planned future spend. */

export type ScenarioPlan = { id: number; name: string; allocation: Record<string, number> };

/** @throws when the scenario does not exist in this dataset or its allocation is not { channel: weekly spend } */
export async function fetchScenarioPlan(datasetId: number, scenarioId: number): Promise<ScenarioPlan> {
  const s = await prisma().scenario.findFirst({ where: { id: scenarioId, datasetId }, select: { id: true, name: true, allocation: true } });
  if (!s) throw new Error(`Scenario ${scenarioId} does not exist in dataset ${datasetId}`);
  const parsed = allocationSchema.safeParse(s.allocation);
  if (!parsed.success) throw new Error(`Scenario "${s.name}" has an allocation that is not { channel: weekly spend in USD }`);
  return { id: s.id, name: s.name, allocation: parsed.data };
}

/** Scenarios a fit can use as its spend plan, newest first. */
export async function fetchScenarioChoices(datasetId: number): Promise<{ id: number; name: string }[]> {
  return prisma().scenario.findMany({ where: { datasetId }, orderBy: { updatedAt: "desc" }, select: { id: true, name: true }, take: 50 });
}

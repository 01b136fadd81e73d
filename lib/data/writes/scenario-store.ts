import "server-only";
import { prisma } from "../../db/client";
import { allocationSchema, conflictMessage, scenarioPredictedSchema, type ScenarioView } from "../../planner/scenario-schema";
import type { z } from "zod";
import type { createScenarioSchema, updateScenarioSchema } from "../../planner/scenario-schema";

type ScenarioRow = {
  id: number;
  name: string;
  author: string;
  objective: string;
  totalBudget: number;
  allocation: unknown;
  predicted: unknown;
  modelRunId: number | null;
  notes: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** A failure a person can act on; `field` points the form at the input to fix. */
export class ScenarioError extends Error {
  constructor(
    message: string,
    readonly field?: "name" | "modelRunId" | "version" | "id",
  ) {
    super(message);
    this.name = "ScenarioError";
  }
}

export function toScenarioView(row: ScenarioRow): ScenarioView {
  const allocation = allocationSchema.safeParse(row.allocation);
  const predicted = scenarioPredictedSchema.safeParse(row.predicted);
  return {
    id: row.id,
    name: row.name,
    author: row.author,
    objective: row.objective,
    totalBudget: row.totalBudget,
    allocation: allocation.success ? allocation.data : {},
    predicted: predicted.success ? predicted.data : null,
    modelRunId: row.modelRunId,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
const duplicateName = (name: string) => new ScenarioError(`A scenario named “${name}” already exists. Pick another name.`, "name");

/** Saved scenarios of a dataset, newest first. */
export async function fetchScenarios(datasetId: number): Promise<ScenarioView[]> {
  const rows = await prisma().scenario.findMany({ where: { datasetId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map(toScenarioView);
}

/** One scenario; with `datasetId`, only if it belongs to that dataset (a link must not open another dataset's plan). */
export async function fetchScenario(id: number, datasetId?: number): Promise<ScenarioView | null> {
  const row = await prisma().scenario.findFirst({ where: { id, ...(datasetId === undefined ? {} : { datasetId }) } });
  return row ? toScenarioView(row) : null;
}

export async function fetchScenariosByIds(datasetId: number, ids: number[]): Promise<ScenarioView[]> {
  const rows = await prisma().scenario.findMany({ where: { datasetId, id: { in: ids } } });
  const byId = new Map(rows.map((r) => [r.id, toScenarioView(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Saves a new scenario. The model run must be a stored mix-model run of the same dataset, so every
 * saved number traces to the fit it came from.
 * @throws {ScenarioError} duplicate name or unknown run.
 */
export async function insertScenario(datasetId: number, input: z.output<typeof createScenarioSchema>): Promise<ScenarioView> {
  const db = prisma();
  const run = await db.modelRun.findFirst({ where: { id: input.modelRunId, datasetId, kind: "mmm" }, select: { id: true } });
  if (!run) throw new ScenarioError(`Mix-model run #${input.modelRunId} does not exist for this dataset.`, "modelRunId");
  try {
    const row = await db.scenario.create({ data: { datasetId, ...input } });
    return toScenarioView(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name);
    throw error;
  }
}

/**
 * Optimistic concurrency: the row is written only if it still has the version the caller read
 * (one conditional UPDATE, so two saves cannot both win), and the version goes up by one.
 * @throws {ScenarioError} stale version (message names the current one), missing scenario, duplicate name.
 */
export async function updateScenario(input: z.output<typeof updateScenarioSchema>): Promise<ScenarioView> {
  const db = prisma();
  const { id, version, ...changes } = input;
  let count: number;
  try {
    ({ count } = await db.scenario.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } }));
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(changes.name ?? "");
    throw error;
  }
  const row = await db.scenario.findUnique({ where: { id } });
  if (!row) throw new ScenarioError("This scenario no longer exists (someone deleted it).", "id");
  if (count === 0) throw new ScenarioError(conflictMessage(row.version), "version");
  return toScenarioView(row);
}

/** Copies a scenario under the first free name “X (copy)”, “X (copy 2)”, … */
export async function duplicateScenario(id: number): Promise<ScenarioView> {
  const db = prisma();
  const source = await db.scenario.findUnique({ where: { id } });
  if (!source) throw new ScenarioError("This scenario no longer exists (someone deleted it).", "id");
  const taken = new Set(
    (await db.scenario.findMany({ where: { datasetId: source.datasetId, name: { startsWith: source.name } }, select: { name: true } })).map((s) => s.name),
  );
  let name = `${source.name} (copy)`;
  for (let k = 2; taken.has(name); k++) name = `${source.name} (copy ${k})`;
  const row = await db.scenario.create({
    data: {
      datasetId: source.datasetId,
      modelRunId: source.modelRunId,
      name,
      author: source.author,
      objective: source.objective,
      totalBudget: source.totalBudget,
      allocation: source.allocation as object,
      predicted: source.predicted as object,
      notes: source.notes,
    },
  });
  return toScenarioView(row);
}

/** Deletes a scenario; deleting one that is already gone is not an error (the outcome is the same). */
export async function deleteScenario(id: number): Promise<{ deleted: boolean }> {
  const { count } = await prisma().scenario.deleteMany({ where: { id } });
  return { deleted: count > 0 };
}

import { z } from "zod";
import { recordIdSchema } from "../api/record-id";

/**
 * One schema for a saved budget scenario, shared by the Planner's save form, the server actions and
 * the API. Money is USD per week: `allocation` is { channel: weekly spend } (forecast views under a
 * scenario, and the shared forecast when a scenario is its plan, read this shape), `totalBudget` the weekly budget the plan was made for.
 */
const money = z
  .number()
  .refine(Number.isFinite, "must be a finite number")
  .refine((v) => v >= 0, "must be ≥ 0");
const finite = z.number().refine(Number.isFinite, "must be a finite number");

export const SCENARIO_OBJECTIVES = ["revenue", "profit", "target-revenue", "target-roas", "manual"] as const;
export const scenarioObjectiveSchema = z.enum(SCENARIO_OBJECTIVES);
export type ScenarioObjective = z.infer<typeof scenarioObjectiveSchema>;

export const OBJECTIVE_LABELS: Record<ScenarioObjective, string> = {
  revenue: "Max revenue",
  profit: "Max profit",
  "target-revenue": "Target revenue at least cost",
  "target-roas": "Target ROAS",
  manual: "Manual (sliders)",
};

export const scenarioNameSchema = z.string().trim().min(1, "Give the scenario a name").max(120, "Keep the name under 120 characters");

export const allocationSchema = z.record(z.string().min(1), money).refine((a) => Object.keys(a).length > 0, "The allocation needs at least one channel");

export const weeklyPathPointSchema = z.object({ week: z.number().int().positive(), spend: finite, revenue: finite, profit: finite });

/** Predicted KPIs stored with a scenario: weekly values, the 90 % revenue interval and a weekly path over the horizon. */
export const scenarioPredictedSchema = z.object({
  spend: finite,
  revenue: finite,
  profit: finite,
  roi: finite,
  activations: finite.nullable(),
  cpa: finite.nullable(),
  low: finite,
  high: finite,
  level: z.number().min(0).max(1),
  margin: z.number().positive(),
  horizonWeeks: z.number().int().positive().max(156),
  weeklyPath: z.array(weeklyPathPointSchema).max(156),
});
export type ScenarioPredicted = z.infer<typeof scenarioPredictedSchema>;

export const scenarioIdSchema = recordIdSchema;

export const createScenarioSchema = z.object({
  name: scenarioNameSchema,
  author: z.string().trim().max(60).default("planner"),
  objective: scenarioObjectiveSchema,
  totalBudget: money,
  allocation: allocationSchema,
  predicted: scenarioPredictedSchema,
  modelRunId: recordIdSchema,
  notes: z.string().max(2000).default(""),
});
export type CreateScenarioInput = z.input<typeof createScenarioSchema>;

/** An update names the version it read; a newer version in the database means someone else saved in between. */
export const updateScenarioSchema = createScenarioSchema
  .omit({ author: true })
  .partial()
  .extend({ id: scenarioIdSchema, version: z.number().int().positive() });
export type UpdateScenarioInput = z.input<typeof updateScenarioSchema>;

export const renameScenarioSchema = z.object({ id: scenarioIdSchema, version: z.number().int().positive(), name: scenarioNameSchema });
export const scenarioRefSchema = z.object({ id: scenarioIdSchema });

/** The scenario as pages and the API see it (dates as ISO text so it crosses to client components). */
export type ScenarioView = {
  id: number;
  name: string;
  author: string;
  objective: ScenarioObjective | string;
  totalBudget: number;
  allocation: Record<string, number>;
  predicted: ScenarioPredicted | null;
  modelRunId: number | null;
  notes: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export const conflictMessage = (version: number) =>
  `This scenario was changed by someone else since you opened it (now version ${version}). Reload to see their changes.`;

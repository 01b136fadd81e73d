import "server-only";
import { z } from "zod";
import { prisma } from "../../db/client";

/**
 * Which spend plan the SHARED forecast (the champion everyone sees) assumes: the current mix (no setting) or a saved
 * scenario. Stored in `Setting` under `forecast.sharedPlan.<datasetId>` so refits (by hand, weekly, after imports)
 * keep it. Changed only by the audited action lib/actions/set-shared-forecast-plan.ts; looking at a forecast under a
 * scenario never changes it.
 */
const sharedPlanSchema = z.object({ scenarioId: z.number().int().positive(), scenarioName: z.string(), setBy: z.string(), setAt: z.string() });
export type SharedForecastPlan = z.infer<typeof sharedPlanSchema>;

export const sharedPlanKey = (datasetId: number) => `forecast.sharedPlan.${datasetId}`;

export async function fetchSharedForecastPlan(datasetId: number): Promise<SharedForecastPlan | null> {
  const row = await prisma().setting.findUnique({ where: { key: sharedPlanKey(datasetId) } });
  const parsed = sharedPlanSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Sets (or, with null, clears back to the current mix) the shared forecast's plan. */
export async function saveSharedForecastPlan(datasetId: number, plan: SharedForecastPlan | null): Promise<void> {
  const key = sharedPlanKey(datasetId);
  if (plan === null) {
    await prisma().setting.deleteMany({ where: { key } });
    return;
  }
  await prisma().setting.upsert({ where: { key }, create: { key, value: plan }, update: { value: plan } });
}

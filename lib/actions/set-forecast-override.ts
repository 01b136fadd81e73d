"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fetchActiveDataset } from "../data/datasets";
import { saveForecastOverride } from "../data/forecast-overrides";
import { MODEL_NAMES } from "../forecast/model-names";
import { forecastOverrideSchema } from "../forecast-view/override-schema";
import type { ActionResult } from "./action-result";
import { checkRole } from "../auth/current-user";
import { recordAudit } from "../data/audit";
import { logger } from "../monitoring/logger";

/** Stores (or clears, with an empty model) a person's choice of forecast model for one series of the active dataset. */
export async function setForecastOverride(input: { seriesKey: string; model: string }): Promise<ActionResult<{ seriesKey: string; model: string | null }>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const parsed = forecastOverrideSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Pick a series and a model.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { seriesKey, model } = parsed.data;
  if (model && !(MODEL_NAMES as readonly string[]).includes(model)) {
    return { ok: false, error: `Unknown model "${model}".`, fieldErrors: { model: [`Choose one of ${MODEL_NAMES.join(", ")}`] } };
  }
  try {
    const dataset = await fetchActiveDataset();
    if (!dataset) return { ok: false, error: "No dataset yet: import data first." };
    await saveForecastOverride(dataset.id, seriesKey, model || null);
    await recordAudit(auth.user.email, "forecast_override", seriesKey, { model: model || null });
  } catch (error) {
    logger.error("forecast override failed", { seriesKey, error: String(error) });
    return { ok: false, error: "The model choice could not be saved. Try again." };
  }
  revalidatePath("/forecasts");
  return { ok: true, data: { seriesKey, model: model || null } };
}

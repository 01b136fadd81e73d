"use server";

import { fetchActiveDataset } from "../data/reads/datasets";
import { saveForecastOverride } from "../data/writes/forecast-overrides";
import { MODEL_NAMES } from "../forecast/model-names";
import { forecastOverrideSchema } from "../forecast/view/override-schema";
import { defineAction } from "./define-action";

/** Stores (or clears, with an empty model) a person's choice of forecast model for one series of the active dataset. */
export const setForecastOverride = defineAction(
  {
    role: "planner",
    read: (input: { seriesKey: string; model: string }) => input,
    schema: forecastOverrideSchema,
    invalid: "Pick a series and a model.",
    failure: "The model choice could not be saved. Try again.",
    audit: (input) => ({ action: "forecast_override", target: input.seriesKey, details: { model: input.model || null } }),
    revalidate: "/forecasts",
  },
  async function setForecastOverride({ seriesKey, model }) {
    if (model && !(MODEL_NAMES as readonly string[]).includes(model)) {
      return { ok: false, error: `Unknown model "${model}".`, fieldErrors: { model: [`Choose one of ${MODEL_NAMES.join(", ")}`] } };
    }
    const dataset = await fetchActiveDataset();
    if (!dataset) return { ok: false, error: "No dataset yet: import data first." };
    await saveForecastOverride(dataset.id, seriesKey, model || null);
    return { ok: true, data: { seriesKey, model: model || null } };
  },
);

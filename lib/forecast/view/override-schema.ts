import { z } from "zod";
import { SERIES_KEY_PATTERN } from "./series-keys";

/** Input of the "use this model for this series" control: an empty model clears the override. */
export const forecastOverrideSchema = z.object({
  seriesKey: z.string().regex(SERIES_KEY_PATTERN, "Pick a series"),
  model: z.string().trim().max(40).default(""),
});
export type ForecastOverrideInput = z.infer<typeof forecastOverrideSchema>;

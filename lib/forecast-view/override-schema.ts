import { z } from "zod";

/** Input of the "use this model for this series" control: an empty model clears the override. */
export const forecastOverrideSchema = z.object({
  seriesKey: z.string().regex(/^[^|]+\|[^|]+$/, "Pick a series"),
  model: z.string().trim().max(40).default(""),
});
export type ForecastOverrideInput = z.infer<typeof forecastOverrideSchema>;

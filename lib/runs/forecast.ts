import { z } from "zod";
import type { IncompleteWeek } from "../weeks/complete-weeks";
import type { DropAlert } from "../forecast/drop-alert";
import type { FutureRegressorSource, MediaArtifact, SeriesArtifact } from "../forecast/view/forecast-artifacts";
import type { SeriesMoney } from "../forecast/view/money-impact";
import { storedObject } from "./run-json";

/**
 * What a forecast fit stores in `ModelRun.artifacts` (lib/jobs/fits/forecast-fit.ts writes it; lib/data/reads/forecast-page.ts
 * and lib/data/reads/report-data.ts parse it once). The forecast points themselves are rows of the Forecast table. Version 1.
 * The field-by-field meaning is documented on the TypeScript types in lib/forecast/view/forecast-artifacts.ts; this
 * schema checks the structure a reader relies on and leaves numbers as stored (a NaN metric is stored as null, as
 * the pages have always read it).
 */
export const FORECAST_RUN_CONTRACT = 1;

export const seriesArtifactSchema = z.object({
  label: z.string(),
  chosen: z.string(),
  shown: z.string(),
  overrideAtFit: z.string().nullable(),
  notes: z.array(z.string()),
  leaderboard: z.array(z.object({ model: z.string(), metrics: z.record(z.string(), z.number().nullable()) })) as z.ZodType<SeriesArtifact["leaderboard"]>,
  drivers: storedObject<NonNullable<SeriesArtifact["drivers"]>>().nullable(),
  money: storedObject<SeriesMoney>().nullable(),
  drop: storedObject<DropAlert>(),
  regressors: z.array(z.string()),
  history: z.object({ start: z.string(), values: z.array(z.number().nullable()) }) as z.ZodType<SeriesArtifact["history"]>,
  media: storedObject<NonNullable<SeriesArtifact["media"]>>().optional(),
}) satisfies z.ZodType<SeriesArtifact>;

export const forecastRunMetaSchema = z.object({
  version: z.literal(FORECAST_RUN_CONTRACT),
  horizon: z.number().int().positive(),
  origin: z.string(),
  channels: z.array(z.string()),
  regions: z.array(z.string()),
  reconciliation: z.object({ method: z.literal("bottom-up"), description: z.string() }),
  futureRegressors: storedObject<FutureRegressorSource>(),
  dropThresholdPct: z.number(),
  incompleteWeeks: z.array(storedObject<IncompleteWeek>()).optional(),
  media: storedObject<MediaArtifact>().optional(),
});

export const forecastRunArtifactsSchema = forecastRunMetaSchema.extend({ series: z.record(z.string(), seriesArtifactSchema) });
export type ForecastRunArtifacts = z.output<typeof forecastRunArtifactsSchema>;
export type ForecastRunMeta = z.output<typeof forecastRunMetaSchema>;

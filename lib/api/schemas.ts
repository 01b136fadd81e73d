import { z } from "zod";
import { SERIES_KEY_PATTERN } from "../forecast/view/series-keys";
import { channelRoiSchema as channelRoiContract } from "../runs/mmm";

/**
 * Request and response schemas of the versioned REST API. Route handlers parse with them and the OpenAPI document
 * (/api/v1/openapi.json) is generated from them, so the documentation cannot drift from the validation.
 */
export const forecastQuerySchema = z.object({
  series: z.string().regex(SERIES_KEY_PATTERN, 'series is "channel|region"; use * for a total, e.g. "search|*" or "*|*"').default("*|*"),
  horizon: z.coerce.number().int().min(1, "horizon must be between 1 and 52").max(52, "horizon must be between 1 and 52").default(13),
  model: z.string().min(1).max(60).default("reconciled"),
  scenario: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .optional()
    .describe("a saved scenario's id: the forecast under that scenario's weekly spend (a view; the shared forecast is unchanged)"),
});

export const forecastPointSchema = z.object({
  week: z.string(),
  yhat: z.number(),
  lo80: z.number().nullable(),
  hi80: z.number().nullable(),
  lo95: z.number().nullable(),
  hi95: z.number().nullable(),
});
export const forecastResponseSchema = z.object({
  runId: z.number().int(),
  series: z.string(),
  model: z.string(),
  origin: z.string(),
  unit: z.literal("activations per week"),
  /** Set when the forecast is a view under a scenario: the plan, and the mix-model run its media comes from. */
  scenario: z.object({ id: z.number().int(), name: z.string(), mmmRunId: z.number().int() }).optional(),
  points: z.array(forecastPointSchema),
});

/** The run contract's per-channel ROI row (lib/runs/mmm.ts), as the API publishes it. */
export const channelRoiSchema = channelRoiContract
  .pick({ name: true, spend: true, contribution: true, share: true, roi: true, roiLow: true, roiHigh: true, mroi: true })
  .extend({
    spend: z.number().describe("USD over the fit window"),
    contribution: z.number().describe("USD of revenue attributed over the fit window"),
  });
/** One channel in one region of a geo-level model: the fields of `mixcast mmm --geo`'s geos[].channels[]. */
export const regionalChannelRoiSchema = z.object({
  name: z.string(),
  roi: z.number(),
  roiLow: z.number(),
  roiHigh: z.number(),
  contribution: z.number().describe("USD of the region's revenue attributed over the fit window"),
  spend: z.number().describe("USD spent in the region over the fit window"),
});
export const channelRoiResponseSchema = z.object({
  runId: z.number().int(),
  datasetVersion: z.number().int(),
  model: z
    .enum(["national", "geo"])
    .describe("geo: the geo-level model (regional effects pooled toward the national one); national figures are the sums of the regions"),
  fit: z.object({ r2: z.number(), nrmse: z.number(), mape: z.number() }),
  channels: z.array(channelRoiSchema),
  regions: z
    .array(z.object({ name: z.string(), channels: z.array(regionalChannelRoiSchema) }))
    .optional()
    .describe("ROI per region and channel, when the champion is a geo-level model"),
});

/**
 * A JSON number with a message for each way it can be wrong: absent, not a number, or not finite (JSON such as
 * `1e309` parses to Infinity, which is a number but not a usable one).
 */
const numberField = (name: string, required = `${name} is required`) =>
  z.number({
    error: (issue) => (issue.input === undefined ? required : typeof issue.input === "number" ? `${name} must be a finite number` : `${name} must be a number`),
  });

const boundsSchema = z.object({ min: numberField("min").min(0).optional(), max: numberField("max").min(0).optional() });
export const optimizeRequestSchema = z.object({
  budget: numberField("budget", "budget (USD per week) is required").positive("budget must be positive").max(1e12),
  objective: z.enum(["revenue", "profit", "target-revenue", "target-roas"]).default("revenue"),
  margin: numberField("margin").gt(0).max(1).optional().describe("gross margin on revenue, for profit"),
  target: numberField("target").positive().optional().describe("weekly revenue (target-revenue) or revenue/spend (target-roas)"),
  bounds: z.record(z.string(), boundsSchema).optional(),
  locked: z.record(z.string(), numberField("locked spend").min(0)).optional(),
  extrapolate: numberField("extrapolate")
    .positive()
    .optional()
    .describe("cap each channel at this multiple of the largest adstocked weekly spend in the data (default 1)"),
  unlockUnidentified: z
    .boolean()
    .optional()
    .describe(
      "let channels the model cannot tell from zero move freely (default: never raised above current + 20 %, cut only as far as 9 bootstrap draws in 10 agree the plan gains)",
    ),
});
/** One channel of an optimized plan (USD per week), as /optimize returns it. */
export const optimizeChannelSchema = z.object({
  channel: z.string(),
  spend: z.number().describe("planned USD per week"),
  current: z.number().describe("current (fit-window mean) USD per week"),
  change: z.number(),
  changePct: z.number().nullable().describe("percent change vs current; null when current is 0"),
  revenue: z.number().describe("weekly revenue from this channel at steady state"),
  roi: z.number().nullable().describe("revenue / spend; null at zero spend"),
  marginalRoi: z.number().describe("extra weekly revenue per extra USD of weekly spend at the planned level"),
  min: z.number(),
  max: z.number(),
  status: z.enum(["interior", "at-min", "at-max", "locked"]),
  dataMax: z.number().optional().describe("largest adstocked weekly spend in the data"),
  outsideData: z.boolean(),
  held: z.boolean().describe("unidentified channel held within ±20 % of its current spend"),
  identified: z.boolean(),
});
export const optimizeResponseSchema = z.object({
  runId: z.number().int(),
  allocation: z.record(z.string(), z.number()).describe("USD per week per channel"),
  predicted: z.object({ revenue: z.number(), profit: z.number(), roi: z.number() }),
  gainVsCurrent: z
    .object({ mean: z.number(), low: z.number(), high: z.number() })
    .describe("weekly gain over the current mix across the bootstrap draws (mean, 90 % interval)"),
  probBeatsCurrent: z.number().nullable().describe("share of bootstrap draws in which the plan beats the current mix"),
  perChannel: z.array(optimizeChannelSchema),
  outsideData: z.array(z.string()).describe("channels planned above the data's range"),
});

export const errorResponseSchema = z.object({ error: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() });

/** Zod issues keyed by field path, the shape every 400 of the API uses. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "body";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

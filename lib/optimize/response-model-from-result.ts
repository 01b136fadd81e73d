import { z } from "zod";
import type { ResponseModel } from "../mmm/types";
import { OptimizeError } from "./optimize-error";

const finite = z.number().refine(Number.isFinite, "must be a finite number");
const nonNegative = finite.refine((v) => v >= 0, "must be ≥ 0");
const positive = finite.refine((v) => v > 0, "must be > 0");

const adstockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("geometric"), theta: nonNegative, maxLag: z.number().int().nonnegative() }),
  z.object({ type: z.enum(["weibull-cdf", "weibull-pdf"]), shape: positive, scale: positive, maxLag: z.number().int().nonnegative() }),
]);
const saturationSchema = z.object({ type: z.literal("hill"), alpha: positive, gamma: positive, beta: nonNegative });
const channelResponseSchema = z.object({
  name: z.string().min(1),
  adstock: adstockSchema,
  saturation: saturationSchema,
  meanWeeklySpend: nonNegative,
  spend: nonNegative,
  maxWeeklySpend: nonNegative.optional(),
  dataMax: nonNegative.optional(),
  dataMin: nonNegative.optional(),
  identified: z.boolean().optional(),
});

/** The ResponseModel contract of lib/mmm/types.ts as a runtime schema (for JSON read from disk or the network). */
export const responseModelSchema = z.object({
  kpi: z.string(),
  weeks: z.number().int().positive(),
  channels: z.array(channelResponseSchema).min(1),
  draws: z.array(z.array(channelResponseSchema)).optional(),
  shapeStress: z.number().min(0).max(2).optional(),
});

/** The parts of `mixcast mmm`'s result.json the optimizer needs when `responseModel` is absent. */
const mmmResultSchema = z.object({
  kpi: z.string().optional(),
  weeks: z.number().int().positive().optional(),
  fit: z.object({ weeks: z.number().int().positive().optional() }).passthrough().optional(),
  channels: z
    .array(
      z
        .object({ name: z.string().min(1), spend: nonNegative, meanWeeklySpend: nonNegative.optional(), adstock: adstockSchema, saturation: saturationSchema })
        .passthrough(),
    )
    .min(1),
  responseModel: z.unknown().optional(),
});

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`)
    .join("; ");
}

/**
 * A ResponseModel from the JSON of `mixcast mmm` (or a bare ResponseModel). Uses `responseModel`
 * when present; otherwise rebuilds it from `channels[].adstock/.saturation/.spend`, taking the
 * weekly level as meanWeeklySpend or spend / weeks (weeks from the top level or `fit.weeks`).
 * Hill gamma is read as weekly spend, beta as weekly KPI (the contract's units).
 * @throws {OptimizeError} INVALID_MODEL naming the first offending fields.
 */
export function responseModelFromResult(json: unknown): ResponseModel {
  const root = json as Record<string, unknown> | null;
  if (!root || typeof root !== "object") throw new OptimizeError("INVALID_MODEL", "model file is not a JSON object");
  const direct =
    root.responseModel ??
    (Array.isArray(root.channels) && root.channels[0] && "meanWeeklySpend" in (root.channels[0] as object) && "weeks" in root && !("fit" in root)
      ? root
      : undefined);
  if (direct !== undefined) {
    const parsed = responseModelSchema.safeParse(direct);
    if (!parsed.success) throw new OptimizeError("INVALID_MODEL", `responseModel is invalid: ${describeIssues(parsed.error)}`);
    const model: ResponseModel = parsed.data;
    model.draws?.forEach((d, k) => {
      if (d.length !== model.channels.length)
        throw new OptimizeError("INVALID_MODEL", `responseModel.draws.${k} has ${d.length} channels, expected ${model.channels.length}`);
    });
    return model;
  }
  const parsed = mmmResultSchema.safeParse(json);
  if (!parsed.success) {
    throw new OptimizeError("INVALID_MODEL", `model file has no responseModel and its channels cannot be read: ${describeIssues(parsed.error)}`);
  }
  const r = parsed.data;
  const weeks = r.weeks ?? r.fit?.weeks;
  const channels = r.channels.map((c) => {
    let meanWeeklySpend = c.meanWeeklySpend;
    if (meanWeeklySpend === undefined) {
      if (weeks === undefined) {
        throw new OptimizeError(
          "INVALID_MODEL",
          `model file has no responseModel and no week count ("weeks") to turn channel "${c.name}"'s window spend into weekly spend; rerun mixcast mmm`,
        );
      }
      meanWeeklySpend = c.spend / weeks;
    }
    return { name: c.name, adstock: c.adstock, saturation: c.saturation, meanWeeklySpend, spend: c.spend };
  });
  return { kpi: r.kpi ?? "revenue", weeks: weeks ?? Math.max(1, Math.round(channels[0].spend / Math.max(channels[0].meanWeeklySpend, 1e-300))), channels };
}

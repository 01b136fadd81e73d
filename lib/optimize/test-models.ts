import type { Adstock, ChannelResponse, ResponseModel } from "../mmm/types";

/** Small hand-made response models shared by the optimizer's tests (not used at runtime). */
export function channel(name: string, alpha: number, gamma: number, beta: number, meanWeeklySpend: number, adstock?: Adstock): ChannelResponse {
  return {
    name,
    adstock: adstock ?? { type: "geometric", theta: 0.5, maxLag: 6 },
    saturation: { type: "hill", alpha, gamma, beta },
    meanWeeklySpend,
    spend: meanWeeklySpend * 52,
  };
}

export function model(channels: ChannelResponse[], draws?: ChannelResponse[][]): ResponseModel {
  return { kpi: "revenue", weeks: 52, channels, ...(draws ? { draws } : {}) };
}

/** Three concave channels (alpha ≤ 1) with different saturation points. */
export const concaveModel = model([channel("search", 0.7, 2000, 9000, 1500), channel("social", 1, 1500, 5000, 1000), channel("display", 0.9, 800, 2500, 600)]);

/** One concave and two S-shaped channels (alpha > 1). */
export const sShapedModel = model([
  channel("search", 0.8, 2000, 9000, 1500),
  channel("tv", 2.2, 5000, 20000, 4000, { type: "geometric", theta: 0.7, maxLag: 8 }),
  channel("radio", 3, 1200, 4000, 800, { type: "weibull-pdf", shape: 2, scale: 0.3, maxLag: 6 }),
]);

/**
 * At a weekly budget of 6500 the concave relaxation of this model leaves tv part-way along its
 * envelope's straight segment (λ* equals that segment's slope), so the S-curve rounding must decide.
 */
export const strandingModel = model([
  channel("search", 0.8, 2000, 9000, 1500),
  channel("tv", 2.2, 5000, 20000, 4000, { type: "geometric", theta: 0.7, maxLag: 8 }),
  channel("social", 1, 1500, 5000, 1000, { type: "weibull-pdf", shape: 2, scale: 0.3, maxLag: 6 }),
]);

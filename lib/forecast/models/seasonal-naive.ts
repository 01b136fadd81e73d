import type { ForecastModel } from "../types";

/**
 * Seasonal naive with period 52: ŷ_{n+h} = y_{n+h−52·k}, k = ⌈h/52⌉;
 * sd_h = σ·√k with σ the RMS of lag-52 differences (FPP3 §5.5).
 */
export const SEASON = 52;

export type SeasonalNaiveFitted = { kind: "snaive"; lastSeason: number[]; sigma: number };

export const seasonalNaiveModel: ForecastModel<SeasonalNaiveFitted> = {
  name: "snaive",
  minLength: SEASON + 1,
  seasonal: true,
  fit({ y }) {
    let s = 0;
    for (let t = SEASON; t < y.length; t++) s += (y[t] - y[t - SEASON]) ** 2;
    return { kind: "snaive", lastSeason: y.slice(-SEASON), sigma: Math.sqrt(s / Math.max(1, y.length - SEASON)) };
  },
  predict(f, { horizon }) {
    return {
      yhat: Array.from({ length: horizon }, (_, h) => f.lastSeason[h % SEASON]),
      sd: Array.from({ length: horizon }, (_, h) => f.sigma * Math.sqrt(Math.floor(h / SEASON) + 1)),
    };
  },
};

import type { ForecastModel } from "../types";

/**
 * Naive (random walk): ŷ_{n+h} = y_n, sd_h = σ·√h with σ the RMS of first differences
 * (Hyndman & Athanasopoulos, FPP3 §5.5 — the random-walk interval).
 */
export type NaiveFitted = { kind: "naive"; last: number; sigma: number };

export const naiveModel: ForecastModel<NaiveFitted> = {
  name: "naive",
  minLength: 1,
  seasonal: false,
  fit({ y }) {
    let s = 0;
    for (let t = 1; t < y.length; t++) s += (y[t] - y[t - 1]) ** 2;
    return { kind: "naive", last: y[y.length - 1], sigma: y.length > 1 ? Math.sqrt(s / (y.length - 1)) : 0 };
  },
  predict(f, { horizon }) {
    return {
      yhat: new Array<number>(horizon).fill(f.last),
      sd: Array.from({ length: horizon }, (_, h) => f.sigma * Math.sqrt(h + 1)),
    };
  },
};

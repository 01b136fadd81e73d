import type { ForecastModel } from "../types";
import { augursMstl } from "../wasm-loader";
import { diffSigma, sdFrom95, slicePath, type PrecomputedPath } from "./precomputed-path";
import { SEASON } from "./seasonal-naive";

/**
 * MSTL (Bandara, Hyndman & Bergmeir 2021: STL per period, iterated) with period 52, the
 * seasonally adjusted remainder forecast by AutoETS and the last seasonal cycle repeated —
 * augurs' implementation. Needs two full seasons.
 */
export const mstlEtsModel: ForecastModel<PrecomputedPath> = {
  name: "mstl-ets",
  minLength: 2 * SEASON,
  seasonal: true,
  fit({ y, horizon }) {
    const model = augursMstl.MSTL.ets([SEASON]);
    try {
      model.fit(y);
      const f = model.predict(horizon, 0.95);
      return { kind: "mstl-ets", yhat: f.point, sd: sdFrom95(f.point, f.intervals?.lower, f.intervals?.upper, diffSigma(y)) };
    } finally {
      model.free();
    }
  },
  predict: (f, { horizon }) => slicePath(f, horizon),
};

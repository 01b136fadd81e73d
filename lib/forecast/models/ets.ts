import type { ForecastModel } from "../types";
import { augursEts } from "../wasm-loader";
import { diffSigma, sdFrom95, slicePath, type PrecomputedPath } from "./precomputed-path";

/**
 * Automatic ETS (Hyndman et al. 2002 state-space selection by AICc) via augurs' AutoETS.
 * Spec "ZZN": error and trend chosen automatically (incl. damped trend), no seasonal component —
 * augurs' AutoETS has no working seasonal ETS, so seasonality is handled by MSTL + ETS instead.
 * Requires `loadAugurs()` to have resolved.
 */
export const etsModel: ForecastModel<PrecomputedPath> = {
  name: "ets",
  minLength: 8,
  seasonal: false,
  fit({ y, horizon }) {
    const model = new augursEts.AutoETS(1, "ZZN");
    try {
      model.fit(y);
      const f = model.predict(horizon, 0.95);
      return { kind: "ets", yhat: f.point, sd: sdFrom95(f.point, f.intervals?.lower, f.intervals?.upper, diffSigma(y)) };
    } finally {
      model.free();
    }
  },
  predict: (f, { horizon }) => slicePath(f, horizon),
};

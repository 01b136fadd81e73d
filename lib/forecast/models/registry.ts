import type { ForecastModel } from "../types";
import { etsModel } from "./ets";
import { mstlEtsModel } from "./mstl-ets";
import { naiveModel } from "./naive";
import { regressionModel } from "./regression";
import { seasonalNaiveModel } from "./seasonal-naive";
import { thetaModel } from "./theta";

/**
 * Model names. "prophet" is built on demand (it needs its async-loaded optimizer) and is off
 * by default: ~80 ms per fit, 5–10× the others, see bench/README-m4.md. "ensemble" is the
 * combination of the best single models and is computed from their backtests.
 */
import { MODEL_NAMES, type ModelName } from "../model-names";
export { MODEL_NAMES, type ModelName };

export { DEFAULT_MODELS } from "../model-names";

// Models with different fitted shapes share one registry; the orchestrator never looks inside a
// fitted object (method-style signatures in ForecastModel make this assignment type-check).
export type AnyModel = ForecastModel<unknown>;

export const BUILTIN_MODELS: Record<string, AnyModel> = {
  naive: naiveModel,
  snaive: seasonalNaiveModel,
  theta: thetaModel,
  ets: etsModel,
  "mstl-ets": mstlEtsModel,
  regression: regressionModel,
};

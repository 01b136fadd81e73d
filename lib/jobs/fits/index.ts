import type { FitRunner } from "../fit-runner";
import type { FitKind } from "../queue";
import { runForecastFit } from "./forecast-fit";
import { runMmmFit } from "./mmm-fit";
import { runPromoFit } from "./promo-fit";
import { runServiceFit } from "./service-fit";

/** The fit of each model kind (each in its own file). A kind without a runner cannot be queued. */
export const FIT_RUNNERS: Partial<Record<FitKind, FitRunner>> = {
  forecast: runForecastFit,
  mmm: runMmmFit,
  promo: runPromoFit,
  service: runServiceFit,
};

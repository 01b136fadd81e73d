/**
 * Forecasts under a spend plan: baseline forecast (the forecasting engine on the KPI without the mix model's media)
 * + the plan's media response through the model's adstock and saturation, with the carryover of spend before the
 * plan and the plan's own tail after it. Pure TypeScript (the only I/O is the engine's wasm load, in forecastSeries).
 */
export { channelMediaHistory, channelMediaPath } from "./media-path";
export { channelPlanPaths, combinePlanMedia, planMedia, DEFAULT_ANCHOR_WEEKS, type ChannelPlanPaths, type PlanMedia, type PlanSpend } from "./plan-media";
export { combineBaselineAndMedia, normalCdf } from "./combine-intervals";
export {
  forecastUnderPlan,
  validatePlanInput,
  PlanInputError,
  type PlanForecast,
  type PlanForecastHistory,
  type PlanInput,
  type PlanForecastOptions,
} from "./forecast-under-plan";
export { activationScale, mediaMapping, type MediaMapping } from "./media-mapping";
export { planWeekly, seriesUnderPlan, steadyPlan, steadyPlanPaths } from "./series-under-plan";

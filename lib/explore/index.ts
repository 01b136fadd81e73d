/** Exploration statistics (pure): correlations with intervals, lags, seasonality, event effects, plain-language relationships. */
export { buildExploration, MIN_WEEKS } from "./build-exploration";
export type { DriverGroup, DriverRelationship, DriverSeries, EventEffectRow, Exploration, ExplorationInput, RelationshipItem } from "./exploration-types";
export type { CorrelationEstimate } from "./correlation-types";
export { pearsonCorrelation } from "./pearson-correlation";
export { spearmanCorrelationInterval } from "./spearman-correlation-interval";
export { fisherZInterval } from "./fisher-z-interval";
export { laggedCorrelations, type LaggedCorrelation } from "./lagged-correlations";
export { seasonalProfile, type SeasonalPoint, type SeasonalProfile } from "./seasonal-profile";
export { welchDifference, type WelchDifference } from "./welch-difference";
export { eventWeekEffect, promotionWeekFlags, type EventWeekEffect } from "./event-week-effect";
export { fittedLines, type FittedLines } from "./fitted-lines";
export { strongestRelationships } from "./strongest-relationships";
export { studentTCdf, studentTQuantile } from "./student-t-quantile";
export { isoWeek, weekMonth } from "./iso-calendar";

/** Public API of the marketing mix model engine (pure TypeScript, no I/O). */
export { fitMarketingMixModel } from "./fit-marketing-mix-model";
export { predictWeeklyResponse, responseAtSpend, marginalResponse } from "./response-curve";
export { DEFAULT_GEO_ADSTOCK, DEFAULT_MMM_OPTIONS } from "./model-types";
export type { MmmInput, MmmOptions, MmmResult, ChannelResult, DecompositionWeek, ParetoPoint, ResponseCurvePoint, AdstockChoice } from "./model-types";
export type { ResponseModel, ChannelResponse, Adstock, HillSaturation } from "./types";
export { fitGeoMixModel } from "./fit-geo-mix-model";
export type { GeoMmmInput, GeoMmmOptions, GeoMmmResult, GeoResult, GeoChannelResult } from "./geo-types";

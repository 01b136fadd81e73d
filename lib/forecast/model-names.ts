/**
 * Model names on their own, so pages and actions can list and validate models without importing the models
 * themselves (which load WebAssembly on the server).
 */
export const MODEL_NAMES = ["naive", "snaive", "theta", "ets", "mstl-ets", "regression", "prophet", "ensemble"] as const;
export type ModelName = (typeof MODEL_NAMES)[number];
export const DEFAULT_MODELS: ModelName[] = ["naive", "snaive", "theta", "ets", "mstl-ets", "regression", "ensemble"];

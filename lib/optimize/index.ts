/**
 * Budget optimizer: pure TypeScript, no Node-only imports, so the server, the CLI and the
 * Planner's in-browser sliders share it. All budgets are per week in the model's currency
 * (a ResponseModel is weekly) unless a function says otherwise (compareFlighting takes a horizon total).
 */
export { allocateBudget } from "./allocate-budget";
export { allocationCurve, DEFAULT_CURVE_FRACTIONS, type AllocationCurve, type AllocationCurvePoint } from "./allocation-curve";
export { compareFlighting, type FlightingComparison, type FlightingOptions, type FlightingPlan } from "./compare-flighting";
export { OptimizeError, type OptimizeErrorCode } from "./optimize-error";
export type { AllocateOptions, AllocationResult, ChannelBounds, ChannelPlan, Objective, Optimality, PredictedOutcome } from "./optimize-types";
export { planInterval, type PlanInterval } from "./plan-interval";
export { keptCurrentMix } from "./plan-risk";
export { predictPlan, type ChannelPrediction, type PlanPrediction, type PredictPlanOptions } from "./predict-plan";
export { hillDerivative, hillResponse } from "../math/response-curve";

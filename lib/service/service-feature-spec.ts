import type { FeatureSpec, FeatureValues } from "@/lib/ml/feature-encoder";
import type { ServiceFeatures } from "./build-service-features";

/**
 * Columns and driver groups. Hour enters as a number (for trees) and as a daypart (so the linear
 * model can give late evening and night their own effect — risk is not monotone in the hour).
 * `hasHistory` separates "no past ratings" from an imputed average.
 */
export const SERVICE_FEATURE_SPEC: FeatureSpec = {
  numeric: [
    { name: "isRepeatContact", group: "repeat" },
    { name: "customerAge", group: "age" },
    { name: "customerTenureYears", group: "tenure" },
    { name: "waitMinutes", group: "wait" },
    { name: "hour", group: "hour" },
    { name: "pastAverageSatisfaction", group: "history" },
    { name: "logPastCount", group: "history" },
    { name: "hasHistory", group: "history" },
  ],
  categorical: [
    { name: "interactionType", group: "type" },
    { name: "contactChannel", group: "channel" },
    { name: "customerSegment", group: "segment" },
    { name: "region", group: "region" },
    { name: "daypart", group: "hour" },
    { name: "weekday", group: "weekday" },
  ],
};

export function serviceFeatureValues(f: ServiceFeatures): FeatureValues {
  return {
    isRepeatContact: f.isRepeatContact ? 1 : 0,
    customerAge: f.customerAge,
    customerTenureYears: f.customerTenureYears,
    waitMinutes: f.waitMinutes,
    hour: f.hour,
    pastAverageSatisfaction: f.pastAverageSatisfaction,
    logPastCount: Math.log1p(f.pastCount),
    hasHistory: f.pastCount > 0 ? 1 : 0,
    interactionType: f.interactionType,
    contactChannel: f.contactChannel,
    customerSegment: f.customerSegment,
    region: f.region,
    daypart: f.daypart,
    weekday: f.weekday,
  };
}

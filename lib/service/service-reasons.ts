import { describeEffect } from "../ml/describe-effect";
import type { ServiceFeatures } from "./build-service-features";
import type { ServiceModel } from "./train-service-model";

export type ServiceReason = {
  /** Driver group: type, channel, repeat, wait, history, hour, weekday, age, tenure, segment, region. */
  feature: string;
  /** Contribution to the calibrated log-odds of low satisfaction (positive = riskier). */
  effect: number;
  text: string;
};

function humanize(label: string): string {
  const spaced = label.replace(/[_-]+/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function phrase(group: string, effect: number, f: ServiceFeatures, model: ServiceModel): string {
  const dir = effect >= 0 ? "raises" : "lowers";
  switch (group) {
    case "type":
      return `${humanize(f.interactionType)} contacts ${effect >= 0 ? "end badly more often" : "usually go well"}`;
    case "channel":
      return `Contact by ${f.contactChannel.replace(/_/g, " ")} ${dir} the risk`;
    case "repeat":
      return f.isRepeatContact ? "Repeat contact: the customer came back about the same issue recently" : "Not a repeat contact";
    case "wait":
      return `Waited ${f.waitMinutes.toFixed(0)} min (average ${model.reference.waitMinutes.toFixed(0)} min)`;
    case "history":
      return f.pastCount === 0 || f.pastAverageSatisfaction === null
        ? "No rated past contacts for this customer"
        : `Customer's past ratings average ${f.pastAverageSatisfaction.toFixed(1)} over ${f.pastCount} contact${f.pastCount === 1 ? "" : "s"}`;
    case "hour":
      return `Opened at ${String(f.hour).padStart(2, "0")}:00 (${f.daypart}) ${dir} the risk`;
    case "weekday":
      return `Opened on a ${humanize(f.weekday)}`;
    case "age":
      return f.customerAge === null ? "Customer age unknown" : `Customer aged ${f.customerAge}`;
    case "tenure":
      return f.customerTenureYears === null ? "Customer tenure unknown" : `Customer for ${f.customerTenureYears.toFixed(1)} years`;
    case "segment":
      return `${humanize(f.customerSegment)} customer`;
    case "region":
      return `Region ${humanize(f.region)}`;
    default:
      return humanize(group);
  }
}

/**
 * The drivers behind one interaction's risk: the `count` largest |contributions| to the log-odds
 * of a rating ≤ 2, phrased for a service lead.
 */
export function explainInteraction(model: ServiceModel, contributions: Record<string, number>, features: ServiceFeatures, count = 3): ServiceReason[] {
  return Object.entries(contributions)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, count)
    .map(([feature, effect]) => ({
      feature,
      effect,
      text: `${phrase(feature, effect, features, model)} (${describeEffect(effect, { up: "raises risk", down: "lowers risk" })})`,
    }));
}

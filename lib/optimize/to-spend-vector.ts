import type { ResponseModel } from "../mmm/types";
import { OptimizeError } from "./optimize-error";

/**
 * A named allocation as a spend vector in model channel order. Missing channels spend 0 (a slider
 * left untouched); names the model does not know and negative or non-finite spends are errors,
 * because silently dropping them would show a plan the user did not ask for.
 */
export function toSpendVector(model: ResponseModel, allocation: Record<string, number>): number[] {
  const x = new Array<number>(model.channels.length);
  let matched = 0;
  for (let i = 0; i < model.channels.length; i++) {
    const name = model.channels[i].name;
    const v = allocation[name];
    if (v === undefined) {
      x[i] = 0;
      continue;
    }
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new OptimizeError("INVALID_ALLOCATION", `spend for "${name}" must be a non-negative number, got ${v}`);
    }
    x[i] = v;
    matched++;
  }
  if (matched !== Object.keys(allocation).length) {
    const known = new Set(model.channels.map((c) => c.name));
    const unknown = Object.keys(allocation).filter((k) => !known.has(k));
    throw new OptimizeError("UNKNOWN_CHANNEL", `unknown channel "${unknown[0]}" in allocation (model channels: ${[...known].join(", ")})`);
  }
  return x;
}

import type { ChannelResponse, ResponseModel } from "../mmm/types";
import { OptimizeError } from "./optimize-error";

function checkChannel(c: ChannelResponse, where: string): void {
  const s = c.saturation;
  if (!s || s.type !== "hill") throw new OptimizeError("INVALID_MODEL", `${where}: saturation must be {type:"hill", alpha, gamma, beta}`);
  if (!(s.alpha > 0) || !Number.isFinite(s.alpha)) throw new OptimizeError("INVALID_MODEL", `${where}: Hill alpha must be a positive number, got ${s.alpha}`);
  if (!(s.gamma > 0) || !Number.isFinite(s.gamma)) throw new OptimizeError("INVALID_MODEL", `${where}: Hill gamma must be a positive number, got ${s.gamma}`);
  if (!(s.beta >= 0) || !Number.isFinite(s.beta)) throw new OptimizeError("INVALID_MODEL", `${where}: Hill beta must be a non-negative number, got ${s.beta}`);
  if (!(c.meanWeeklySpend >= 0) || !Number.isFinite(c.meanWeeklySpend)) {
    throw new OptimizeError("INVALID_MODEL", `${where}: meanWeeklySpend must be a non-negative number, got ${c.meanWeeklySpend}`);
  }
}

/**
 * Rejects a model the optimizer cannot reason about (no channels, duplicate names, non-positive
 * Hill parameters, draws whose channel list does not match), so no NaN ever reaches a plan.
 * @throws {OptimizeError} code INVALID_MODEL naming the channel and field.
 */
export function validateResponseModel(model: ResponseModel): void {
  if (!model || !Array.isArray(model.channels) || model.channels.length === 0) {
    throw new OptimizeError("INVALID_MODEL", "response model has no channels");
  }
  const seen = new Set<string>();
  for (const c of model.channels) {
    if (typeof c.name !== "string" || c.name === "") throw new OptimizeError("INVALID_MODEL", "every channel needs a name");
    if (seen.has(c.name)) throw new OptimizeError("INVALID_MODEL", `channel "${c.name}" appears twice`);
    seen.add(c.name);
    checkChannel(c, `channel "${c.name}"`);
  }
  model.draws?.forEach((draw, d) => {
    if (draw.length !== model.channels.length) {
      throw new OptimizeError("INVALID_MODEL", `draw ${d} has ${draw.length} channels, the model has ${model.channels.length}`);
    }
    draw.forEach((c, i) => checkChannel(c, `draw ${d}, channel ${i} ("${model.channels[i].name}")`));
  });
}

import type { GeoModelInfo, GeoResult } from "../mmm/geo-types";
import type { ChannelResponse, ResponseModel } from "../mmm/types";

/** Separator in the names of the regional model's "channels": `${channel} · ${region}`. */
export const REGION_SEPARATOR = " · ";

/**
 * A geo model as a response model with one curve per channel × region, so that allocateBudget plans budgets by channel
 * and region with exactly the national optimizer's rules: each cell kept inside its own data range (trust region), the
 * expected outcome over the bootstrap draws, the safeguard toward the current mix, unidentified channels held near their
 * current spend in every region. Region g's weekly response to its own weekly spend x is size_g·b_g,c·hill(x/size_g;
 * α_c, γ_c) — a Hill curve with gamma γ_c·size_g and beta size_g·b_g,c (spend per size unit, geo-problem.ts).
 * @param identified per channel name: false = unidentified (held near current spend); absent = identified
 * @throws when the geo model and its regions disagree (missing region or channel)
 */
export function regionalResponseModel(
  geoModel: GeoModelInfo,
  geos: GeoResult[],
  kpi: string,
  weeks: number,
  identified: Record<string, boolean> = {},
): ResponseModel {
  const cell = (shapes: GeoModelInfo["shapes"], beta: number[][], c: number, g: number): ChannelResponse => {
    const channel = geoModel.channels[c],
      region = geoModel.regions[g];
    const geo = geos.find((x) => x.name === region);
    const stats = geo?.channels.find((x) => x.name === channel);
    if (!geo || !stats) throw new Error(`regionalResponseModel: no results for channel "${channel}" in region "${region}"`);
    const size = geoModel.sizes[g];
    return {
      name: `${channel}${REGION_SEPARATOR}${region}`,
      adstock: shapes[c].adstock,
      saturation: { type: "hill", alpha: shapes[c].alpha, gamma: shapes[c].gamma * size, beta: size * beta[g][c] },
      meanWeeklySpend: stats.meanWeeklySpend,
      spend: stats.spend,
      maxWeeklySpend: stats.maxWeeklySpend,
      dataMin: stats.dataMin,
      dataMax: stats.dataMax,
      identified: identified[channel] ?? true,
    };
  };
  const cells = (shapes: GeoModelInfo["shapes"], beta: number[][]) =>
    geoModel.regions.flatMap((_, g) => geoModel.channels.map((_, c) => cell(shapes, beta, c, g)));
  return { kpi, weeks, channels: cells(geoModel.shapes, geoModel.beta), draws: geoModel.draws.map((d) => cells(d.shapes, d.beta)) };
}

import type { CorrelationEstimate } from "./correlation-types";
import { pearsonCorrelation } from "./pearson-correlation";
import { DAY_MS } from "../math/time-units";

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);

export type LaggedCorrelation = CorrelationEstimate & { lag: number };

/**
 * Correlation of the KPI in week t with the driver in week t − lag, for lag = 0 … maxLag weeks. Pairs are matched by
 * date (the week 7·lag days earlier), not by array position, so a missing week never pairs two weeks that are not
 * `lag` apart. A driver that works with carryover shows correlations that stay up (or peak) after lag 0.
 * @param weeks ISO Mondays (YYYY-MM-DD) of `kpi` and `driver` (same length; order does not matter).
 * @throws {Error} when the arrays differ in length or maxLag is negative.
 * @example laggedCorrelations(weeks, revenue, searchSpend, 8)[1].r // correlation with last week's spend
 */
export function laggedCorrelations(weeks: readonly string[], kpi: readonly number[], driver: readonly number[], maxLag = 8, level = 0.95): LaggedCorrelation[] {
  if (weeks.length !== kpi.length || weeks.length !== driver.length) throw new Error("laggedCorrelations: weeks, kpi and driver differ in length");
  if (!(Number.isInteger(maxLag) && maxLag >= 0)) throw new Error(`laggedCorrelations: maxLag must be a non-negative integer, got ${maxLag}`);
  const days = weeks.map(dayNumber);
  const driverByDay = new Map<number, number>();
  days.forEach((day, i) => driverByDay.set(day, driver[i]));
  const out: LaggedCorrelation[] = [];
  for (let lag = 0; lag <= maxLag; lag++) {
    const x: number[] = [];
    const y: number[] = [];
    days.forEach((day, i) => {
      const d = driverByDay.get(day - 7 * lag);
      if (d !== undefined && Number.isFinite(d) && Number.isFinite(kpi[i])) {
        x.push(d);
        y.push(kpi[i]);
      }
    });
    out.push(x.length >= 2 ? { lag, ...pearsonCorrelation(x, y, level) } : { lag, r: Number.NaN, low: Number.NaN, high: Number.NaN, n: x.length, level });
  }
  return out;
}

/**
 * Organic (non-media, non-promo) national revenue per week: level + linear trend + two yearly
 * harmonics. Macro and holiday effects are added separately (macro.ts, holidays.ts) so each
 * component's true size can be reported on its own.
 */
import { dayOfYear } from "./calendar";

export const BASELINE = {
  levelPerWeek: 1_050_000,
  trendPerWeek: 1_200,
  /** harmonic k: amplitude·cos(2πk(doy − peakDayOfYear)/365.25); the first peaks in mid December. */
  seasonality: [
    { harmonic: 1, amplitude: 110_000, peakDayOfYear: 350 },
    { harmonic: 2, amplitude: 40_000, peakDayOfYear: 190 },
  ],
} as const;

export function seasonalEffect(week: string): number {
  const doy = dayOfYear(week);
  return BASELINE.seasonality.reduce((s, h) => s + h.amplitude * Math.cos((2 * Math.PI * h.harmonic * (doy - h.peakDayOfYear)) / 365.25), 0);
}

/** National organic revenue for week index t (level + trend + seasonality). */
export function organicBaseline(weeks: readonly string[]): number[] {
  return weeks.map((w, t) => BASELINE.levelPerWeek + BASELINE.trendPerWeek * t + seasonalEffect(w));
}

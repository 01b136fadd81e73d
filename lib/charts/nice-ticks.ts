/**
 * "Nice" axis ticks (1, 2, 2.5, 5 × 10^k steps) covering [min, max], shared by the report's charts and the app's
 * Recharts axes. With explicit ticks and `tickDecimals` an axis never shows two labels that read the same (Recharts'
 * own 0.05 steps under a one-decimal formatter read "0.1, 0.1").
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.floor(min / step + 1e-9) * step;
  const end = Math.max(start + step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; start + i * step <= end + step * 1e-9; i++) {
    const v = start + i * step;
    ticks.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  }
  return ticks;
}

/** The decimals that tell every tick of a `niceTicks` axis apart (0.25 steps need 2, 0.5 steps 1, whole steps 0). */
export function tickDecimals(ticks: number[]): number {
  for (let d = 0; d < 10; d++) if (ticks.every((t) => Math.abs(Number(t.toFixed(d)) - t) < 1e-9 * Math.max(1, Math.abs(t)))) return d;
  return 10;
}

/**
 * Ticks from 0 to an axis top the caller already chose: the nice set of 3–6 steps that ends exactly at `max` when one
 * does (5 → 0…5, 1.5 → 0, 0.5, 1, 1.5), else the nice ticks below it.
 */
export function ticksUpTo(max: number): number[] {
  if (!(max > 0)) return [0];
  const fits = (t: number[]) => Math.abs(t[t.length - 1] - max) <= 1e-9 * Math.max(1, max);
  for (const count of [4, 5, 3, 6]) {
    const ticks = niceTicks(0, max, count);
    if (fits(ticks)) return ticks;
  }
  return niceTicks(0, max, 4).filter((t) => t <= max * (1 + 1e-9));
}

/** Nice ticks inside a data range the axis keeps as it is (`domain={["dataMin", "dataMax"]}`): none at the ragged ends. */
export function ticksWithin(min: number, max: number, count = 4): number[] {
  if (!(max > min)) return Number.isFinite(min) ? [min] : [];
  const eps = (max - min) * 1e-9;
  return niceTicks(min, max, count).filter((t) => t >= min - eps && t <= max + eps);
}

import { REGRESSOR_LABELS } from "./build-series-inputs";

/**
 * Driver contributions over the first `horizon` weeks, in activations/week relative to an average
 * week (the regression reports coefficient × (future value − historical mean)), largest effect first.
 */
export type DriverRow = {
  name: string;
  label: string;
  meanPerWeek: number;
  total: number;
  /** |mean| relative to the largest |mean|, 0..1, for bar widths */ relative: number;
};

export function driverLabel(name: string): string {
  return REGRESSOR_LABELS[name] ?? name.replace(/_/g, " ");
}

export function summariseDrivers(items: { name: string; contribution: number[] }[], horizon: number): DriverRow[] {
  if (!Number.isInteger(horizon) || horizon < 1) throw new Error(`summariseDrivers: horizon must be a positive integer, got ${horizon}`);
  const rows = items
    .map((d) => {
      const xs = d.contribution.slice(0, horizon);
      const total = xs.reduce((a, b) => a + b, 0);
      return { name: d.name, label: driverLabel(d.name), meanPerWeek: xs.length ? total / xs.length : 0, total };
    })
    .sort((a, b) => Math.abs(b.meanPerWeek) - Math.abs(a.meanPerWeek));
  const largest = Math.abs(rows[0]?.meanPerWeek ?? 0);
  return rows.map((r) => ({ ...r, relative: largest > 0 ? Math.abs(r.meanPerWeek) / largest : 0 }));
}

/** A correlation coefficient with its confidence interval over n pairs (NaN where undefined). */
export type CorrelationEstimate = { r: number; low: number; high: number; n: number; level: number };

/** Logistic function, written to avoid exp overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Inverse of the logistic function, with p clamped away from 0 and 1 so it stays finite. */
export function logit(p: number, epsilon = 1e-9): number {
  const q = Math.min(1 - epsilon, Math.max(epsilon, p));
  return Math.log(q / (1 - q));
}

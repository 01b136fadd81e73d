import { spearmanCorrelation } from "../ml/spearman-correlation";
import type { CorrelationEstimate } from "./correlation-types";
import { fisherZInterval } from "./fisher-z-interval";
import { checkPairs } from "./pearson-correlation";

/**
 * Spearman's ρ (Pearson correlation of average ranks, so ties share their rank) with a Fisher-z interval whose
 * variance is 1.06/(n − 3) (Fieller, Hartley & Pearson 1957). ρ itself comes from lib/ml's one implementation.
 * @throws {Error} when the arrays differ in length, hold fewer than 2 pairs or a value that is not finite.
 * @example spearmanCorrelationInterval([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]).r // 7/√90 = 0.7379
 */
export function spearmanCorrelationInterval(x: readonly number[], y: readonly number[], level = 0.95): CorrelationEstimate {
  checkPairs("spearmanCorrelationInterval", x, y);
  const r = spearmanCorrelation(x, y);
  const [low, high] = fisherZInterval(r, x.length, level, 1.06);
  return { r, low, high, n: x.length, level };
}

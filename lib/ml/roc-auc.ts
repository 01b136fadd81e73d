import { averageRanks } from "./average-ranks";

/**
 * Area under the ROC curve via the Mann–Whitney U statistic: the probability that a random
 * positive scores above a random negative, ties counted as one half. Rank-based, so O(n log n)
 * and exact (no threshold grid).
 *
 * @param labels 0/1 (or boolean) outcomes.
 * @param scores any monotone score (probability, logit, …).
 * @returns AUC in [0, 1], or NaN when only one class is present (AUC is undefined there).
 * @throws {Error} when the arrays differ in length.
 * @example rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // 0.75
 */
export function rocAuc(labels: readonly (number | boolean)[], scores: readonly number[]): number {
  if (labels.length !== scores.length) throw new Error("rocAuc: labels and scores differ in length");
  const ranks = averageRanks(scores);
  let positives = 0;
  let rankSum = 0;
  labels.forEach((label, i) => {
    if (label === true || label === 1) {
      positives++;
      rankSum += ranks[i];
    }
  });
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

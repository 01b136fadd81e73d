/**
 * sklearn's class_weight="balanced": weight n / (2·n_class) per observation, so both classes
 * carry the same total weight and a rare outcome is not ignored by the loss.
 *
 * @returns one weight per label (all 1 when only one class is present).
 * @example balancedClassWeights([1, 0, 0, 0]) // [2, 0.667, 0.667, 0.667]
 */
export function balancedClassWeights(labels: readonly number[]): number[] {
  const positives = labels.reduce((s, y) => s + (y === 1 ? 1 : 0), 0);
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return labels.map(() => 1);
  const wPos = labels.length / (2 * positives);
  const wNeg = labels.length / (2 * negatives);
  return labels.map((y) => (y === 1 ? wPos : wNeg));
}

/**
 * Brier score: mean squared difference between predicted probability and the 0/1 outcome.
 * Lower is better; 0.25 is what a constant 0.5 earns on any data.
 *
 * @throws {Error} when arrays differ in length or are empty.
 * @example brierScore([1, 0], [0.8, 0.4]) // ((0.2)^2 + (0.4)^2) / 2 = 0.1
 */
export function brierScore(labels: readonly (number | boolean)[], probabilities: readonly number[]): number {
  if (labels.length !== probabilities.length) throw new Error("brierScore: labels and probabilities differ in length");
  if (labels.length === 0) throw new Error("brierScore: no observations");
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i] === true || labels[i] === 1 ? 1 : 0;
    sum += (probabilities[i] - y) ** 2;
  }
  return sum / labels.length;
}

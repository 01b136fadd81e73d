import { createRng } from "@/lib/math/random";
import { rocAuc } from "./roc-auc";

export type GroupImportance = { group: string; importance: number };

/**
 * Permutation importance per feature group: the drop in AUC when the group's columns are
 * shuffled together across rows (breaking their link to the outcome but keeping their
 * distribution). Computed on held-out rows, it measures what the model actually relies on,
 * unlike split-gain importance which favours many-valued features.
 *
 * @param repeats shuffles averaged per group (seeded, so results are reproducible).
 * @returns groups sorted by importance, largest first.
 */
export function permutationImportance(
  predict: (row: readonly number[]) => number,
  x: readonly (readonly number[])[],
  y: readonly number[],
  groups: Record<string, number[]>,
  options: { seed?: number; repeats?: number } = {},
): GroupImportance[] {
  const rng = createRng(options.seed ?? 1);
  const repeats = options.repeats ?? 3;
  const baseline = rocAuc(y, x.map(predict));
  const out: GroupImportance[] = [];
  for (const [group, columns] of Object.entries(groups)) {
    let drop = 0;
    for (let r = 0; r < repeats; r++) {
      const order = x.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const k = rng.int(i + 1);
        [order[i], order[k]] = [order[k], order[i]];
      }
      const shuffled = x.map((row, i) => {
        const copy = row.slice();
        for (const j of columns) copy[j] = x[order[i]][j];
        return copy;
      });
      drop += baseline - rocAuc(y, shuffled.map(predict));
    }
    out.push({ group, importance: drop / repeats });
  }
  return out.sort((a, b) => b.importance - a.importance);
}

/** Per-column mean and standard deviation, serialisable with the model that uses it. */
export type Standardizer = { means: number[]; scales: number[] };

/**
 * Fits column means and (population) standard deviations; a constant column gets scale 1 so it
 * standardises to 0 instead of dividing by zero. Welford's update keeps the variance stable for
 * columns with large offsets (revenue in the millions).
 *
 * @throws {Error} when there are no rows.
 */
export function fitStandardizer(rows: readonly (readonly number[])[]): Standardizer {
  if (rows.length === 0) throw new Error("fitStandardizer: no rows");
  const p = rows[0].length;
  const means = new Array<number>(p).fill(0);
  const m2 = new Array<number>(p).fill(0);
  rows.forEach((row, n) => {
    for (let j = 0; j < p; j++) {
      const delta = row[j] - means[j];
      means[j] += delta / (n + 1);
      m2[j] += delta * (row[j] - means[j]);
    }
  });
  const scales = m2.map((v) => {
    const sd = Math.sqrt(v / rows.length);
    return sd > 1e-12 ? sd : 1;
  });
  return { means, scales };
}

/** (x − mean) / scale, column by column. */
export function standardizeRow(standardizer: Standardizer, row: readonly number[]): number[] {
  return row.map((v, j) => (v - standardizer.means[j]) / standardizer.scales[j]);
}

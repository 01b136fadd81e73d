import { fitOneHotLevels } from "./one-hot";

/** A feature record as produced by a domain's feature builder. */
export type FeatureValues = Record<string, number | string | boolean | null | undefined>;

/**
 * Which fields become model columns. `group` names the human-facing driver a column belongs to
 * (e.g. discount and discount² are both "discount"), so contributions and importances are
 * reported per driver rather than per dummy column.
 */
export type FeatureSpec = {
  numeric: readonly { name: string; group?: string }[];
  categorical: readonly { name: string; group?: string; minCount?: number }[];
};

export type FeatureColumn = { name: string; group: string; source: string; level?: string };

/** Fitted encoder: imputation values and category levels, serialisable with the model. */
export type FeatureEncoder = {
  columns: FeatureColumn[];
  numeric: { name: string; group: string; fill: number }[];
  categorical: { name: string; group: string; levels: string[] }[];
  /** Distinct groups in column order. */
  groups: string[];
};

function toNumber(v: FeatureValues[string]): number | null {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return null;
}

/**
 * Learns the column layout from training records: numeric missing values are imputed with the
 * training mean (a neutral value for both linear and tree models), categoricals are one-hot over
 * levels seen at least `minCount` times.
 *
 * @throws {Error} when there are no records.
 */
export function fitFeatureEncoder(records: readonly FeatureValues[], spec: FeatureSpec): FeatureEncoder {
  if (records.length === 0) throw new Error("fitFeatureEncoder: no records");
  const columns: FeatureColumn[] = [];
  const numeric = spec.numeric.map(({ name, group }) => {
    let sum = 0;
    let count = 0;
    for (const r of records) {
      const v = toNumber(r[name]);
      if (v !== null) {
        sum += v;
        count++;
      }
    }
    const g = group ?? name;
    columns.push({ name, group: g, source: name });
    return { name, group: g, fill: count > 0 ? sum / count : 0 };
  });
  const categorical = spec.categorical.map(({ name, group, minCount }) => {
    const levels = fitOneHotLevels(
      records.map((r) => (r[name] === null || r[name] === undefined ? null : String(r[name]))),
      minCount ?? 1,
    );
    const g = group ?? name;
    for (const level of levels) columns.push({ name: `${name}=${level}`, group: g, source: name, level });
    return { name, group: g, levels };
  });
  const groups = [...new Set(columns.map((c) => c.group))];
  return { columns, numeric, categorical, groups };
}

/** The model row for one record, in `encoder.columns` order. */
export function encodeFeatures(encoder: FeatureEncoder, record: FeatureValues): number[] {
  const row: number[] = [];
  for (const { name, fill } of encoder.numeric) row.push(toNumber(record[name]) ?? fill);
  for (const { name, levels } of encoder.categorical) {
    const raw = record[name];
    const value = raw === null || raw === undefined ? null : String(raw);
    for (const level of levels) row.push(level === value ? 1 : 0);
  }
  return row;
}

/** Column indices of each group, for grouped contributions and permutation importance. */
export function groupColumnIndices(encoder: FeatureEncoder): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  encoder.columns.forEach((c, i) => {
    (out[c.group] ??= []).push(i);
  });
  return out;
}

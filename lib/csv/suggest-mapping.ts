import { DOMAINS, type DomainKind } from "./domains";

/**
 * Proposes file column → expected column for the preview: exact match after normalising case and punctuation,
 * then a few common synonyms. Anything unmatched is left for the user to map by hand.
 */
const SYNONYMS: Record<string, string[]> = {
  week: ["date", "weekstart", "weekof", "weekbeginning", "weekstarting", "dateweek"],
  revenue: ["sales", "revenueusd", "turnover"],
  activations: ["conversions", "signups", "units"],
  spend: ["cost", "spendusd", "mediaspend", "budgetspent"],
  channel: ["mediachannel", "source"],
  region: ["market", "geo", "area"],
  discount_pct: ["discount", "discountpercentage", "discountpercent"],
  promotion_id: ["promoid", "id"],
  promo_type: ["type", "promotiontype"],
  category: ["productcategory"],
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

export function suggestMapping(kind: DomainKind, fileColumns: string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  const used = new Set<string>();
  for (const spec of DOMAINS[kind].columns) {
    // An exact name beats a synonym ("spend" over "cost"), whatever the file's column order.
    const exact = fileColumns.find((f) => !used.has(f) && norm(f) === norm(spec.column));
    const synonyms = SYNONYMS[spec.column] ?? [];
    const match = exact ?? fileColumns.find((f) => !used.has(f) && synonyms.includes(norm(f)));
    if (match) {
      mapping[match] = spec.column;
      used.add(match);
    }
  }
  return mapping;
}

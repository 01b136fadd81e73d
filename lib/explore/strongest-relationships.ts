import type { DriverRelationship, RelationshipItem } from "./exploration-types";

const strengthOf = (r: number): RelationshipItem["strength"] => (Math.abs(r) >= 0.7 ? "strong" : Math.abs(r) >= 0.4 ? "moderate" : "weak");
const fmt = (r: number) => (r < 0 ? `−${Math.abs(r).toFixed(2)}` : r.toFixed(2));

/**
 * The strongest KPI–driver relationships in plain language, strongest first: drivers whose Pearson interval excludes
 * zero, ranked by |r|, at most `limit`. Each names the lag where the correlation peaks when that is later than the same
 * week (a sign of carryover) and carries the caveat that correlation is not effect; spend drivers link to Channel ROI,
 * where the mix model separates the effect of spend from season and the other channels.
 * @example strongestRelationships(drivers, "Revenue")[0].text // "Revenue was strongly higher in weeks with more Search spend …"
 */
export function strongestRelationships(drivers: readonly DriverRelationship[], kpiLabel: string, limit = 5): RelationshipItem[] {
  const clear = drivers.filter((d) => Number.isFinite(d.pearson.r) && (d.pearson.low > 0 || d.pearson.high < 0));
  clear.sort((a, b) => Math.abs(b.pearson.r) - Math.abs(a.pearson.r) || a.key.localeCompare(b.key));
  return clear.slice(0, limit).map((d) => {
    const r = d.pearson.r;
    const direction = r > 0 ? "positive" : "negative";
    const strength = strengthOf(r);
    const more = d.group === "macro" ? `a higher ${d.label}` : d.group === "promotions" ? `more ${d.label}` : `more ${d.label}`;
    let text = `${kpiLabel} was ${strength === "weak" ? "slightly" : strength === "moderate" ? "moderately" : "strongly"} ${r > 0 ? "higher" : "lower"} in weeks with ${more} (r = ${fmt(r)}, 95 % CI ${fmt(d.pearson.low)} to ${fmt(d.pearson.high)}; Spearman ${fmt(d.spearman.r)}, n = ${d.pearson.n} weeks).`;
    const peak = d.lags.filter((l) => l.lag > 0 && Number.isFinite(l.r) && Math.sign(l.r) === Math.sign(r)).sort((a, b) => Math.abs(b.r) - Math.abs(a.r))[0];
    if (peak && Math.abs(peak.r) > Math.abs(r) + 0.02)
      text += ` It peaks ${peak.lag} week${peak.lag === 1 ? "" : "s"} later (r = ${fmt(peak.r)}), a sign of carryover.`;
    const spendLike = d.group === "spend" || d.group === "impressions" || d.group === "clicks" || d.group === "campaigns";
    const caveat = spendLike
      ? "Correlation is not effect: spend often rises when demand is high anyway (season, other channels). Channel ROI has the modelled effect."
      : "Correlation is not effect: both may follow the season or a third factor.";
    return { driverKey: d.key, text, caveat, strength, direction, r, low: d.pearson.low, high: d.pearson.high, href: spendLike ? "/roi" : null };
  });
}

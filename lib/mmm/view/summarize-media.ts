/**
 * Headline media numbers of a fit: total media contribution, its share of revenue, and the blended ROI
 * (all media contribution per dollar of all media spend). Negative channel contributions are kept: the
 * headline should not flatter the model.
 *
 * @example summarizeMedia([{ spend: 100, contribution: 250 }], 1000) // { totalContribution: 250, totalSpend: 100, blendedRoi: 2.5, shareOfRevenue: 0.25 }
 */
export function summarizeMedia(channels: { spend: number; contribution: number }[], totalRevenue: number) {
  const totalContribution = channels.reduce((s, c) => s + c.contribution, 0);
  const totalSpend = channels.reduce((s, c) => s + c.spend, 0);
  return {
    totalContribution,
    totalSpend,
    blendedRoi: totalSpend > 0 ? totalContribution / totalSpend : null,
    shareOfRevenue: totalRevenue > 0 ? totalContribution / totalRevenue : null,
  };
}

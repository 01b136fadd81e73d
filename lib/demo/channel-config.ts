/**
 * The six demo channels and every per-channel constant of the generating process: unit economics,
 * media pricing (CPM/CTR), the organic share of baseline demand, and the TRUE adstock and Hill
 * saturation. beta values were chosen once (seed 42) so the realised ROIs land near the targets
 * in README.md; the realised ROI is always recomputed from the simulated effects, never copied.
 */
import type { Adstock, HillSaturation } from "@/lib/mmm/types";

export type DemoChannelConfig = {
  name: string;
  label: string;
  /** Revenue and serving cost of one activation (currency). */
  revenuePerActivation: number;
  costPerActivation: number;
  /** Share of the organic (non-media, non-promo) baseline that arrives through this channel. */
  organicShare: number;
  /** Cost per thousand impressions and click-through rate; null where the channel has no impressions. */
  cpm: number | null;
  ctr: number | null;
  /** Campaign conversion rate range (share of reached people who convert). */
  conversionRate: [number, number];
  adstock: Adstock;
  saturation: HillSaturation;
};

export const DEMO_CHANNELS: readonly DemoChannelConfig[] = [
  {
    name: "search",
    label: "Paid search",
    revenuePerActivation: 120,
    costPerActivation: 48,
    organicShare: 0.3,
    cpm: 55,
    ctr: 0.04,
    conversionRate: [0.03, 0.06],
    adstock: { type: "geometric", theta: 0.3, maxLag: 4 },
    saturation: { type: "hill", alpha: 1.2, gamma: 70_000, beta: 420_000 },
  },
  {
    name: "social",
    label: "Paid social",
    revenuePerActivation: 90,
    costPerActivation: 40,
    organicShare: 0.15,
    cpm: 8,
    ctr: 0.009,
    conversionRate: [0.01, 0.025],
    adstock: { type: "geometric", theta: 0.5, maxLag: 6 },
    saturation: { type: "hill", alpha: 1.5, gamma: 40_000, beta: 170_000 },
  },
  {
    name: "video",
    label: "Online video",
    revenuePerActivation: 110,
    costPerActivation: 50,
    organicShare: 0.1,
    cpm: 24,
    ctr: 0.003,
    conversionRate: [0.004, 0.012],
    // Weibull PDF with shape 2: a week of spend peaks in the following week and lingers ~5 weeks.
    adstock: { type: "weibull-pdf", shape: 2, scale: 0.25, maxLag: 10 },
    saturation: { type: "hill", alpha: 2, gamma: 60_000, beta: 150_000 },
  },
  {
    name: "display",
    label: "Display",
    revenuePerActivation: 80,
    costPerActivation: 38,
    organicShare: 0.1,
    cpm: 3,
    ctr: 0.0015,
    conversionRate: [0.002, 0.006],
    // Weibull CDF (chained survival): slow, long decay typical of awareness display.
    adstock: { type: "weibull-cdf", shape: 0.9, scale: 0.5, maxLag: 8 },
    saturation: { type: "hill", alpha: 1, gamma: 25_000, beta: 25_000 },
  },
  {
    name: "email",
    label: "Email",
    revenuePerActivation: 60,
    costPerActivation: 22,
    organicShare: 0.2,
    cpm: null,
    ctr: null,
    conversionRate: [0.02, 0.05],
    adstock: { type: "geometric", theta: 0.1, maxLag: 2 },
    saturation: { type: "hill", alpha: 0.9, gamma: 4_000, beta: 45_000 },
  },
  {
    name: "affiliate",
    label: "Affiliate",
    revenuePerActivation: 100,
    costPerActivation: 45,
    organicShare: 0.15,
    cpm: null,
    ctr: null,
    conversionRate: [0.015, 0.04],
    adstock: { type: "geometric", theta: 0.2, maxLag: 3 },
    saturation: { type: "hill", alpha: 1.3, gamma: 28_000, beta: 110_000 },
  },
];

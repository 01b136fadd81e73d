import type { TruthAdstock } from "./truth-curves";

/**
 * How a channel's weekly spend is drawn (before scaling to its mean weekly spend):
 * - always-on: level · exp(cv · e_t − cv²/2) (log-normal, mean one);
 * - bursty (flighted): on/off flights of `onWeeks` then `offWeeks` weeks (uniform integer ranges), zero off-flight,
 *   log-normal level within a flight as above;
 * - seasonal: level · exp(amplitude · season_t) · exp(cv · e_t − cv²/2): follows the demand season (confounded with it).
 * e_t mixes the case's common spend factor and the channel's own factor (both AR(1), φ = 0.85, unit variance).
 */
export type SpendPattern =
  | { kind: "always-on"; cv: number }
  | { kind: "bursty"; onWeeks: [number, number]; offWeeks: [number, number]; cv: number }
  | { kind: "seasonal"; amplitude: number; cv: number };

export type ChannelSpec = {
  name: string;
  adstock: TruthAdstock;
  /** Hill shape: ≤ 1 concave, > 1 S-shaped. */
  alpha: number;
  /**
   * Hill gamma relative to the steady-state adstock of the channel's mean weekly spend (gamma = gammaRel ·
   * mean spend · Σ w): 1 = the current level sits at half saturation, < 1 saturated, > 1 headroom.
   */
  gammaRel: number;
  /** True ROI in lib/mmm's convention (in-window contribution / window spend); 0 = a null channel. */
  roi: number;
  /** Mean weekly spend in the window (currency per week). */
  spend: number;
  pattern: SpendPattern;
};

export type CaseSpec = {
  name: string;
  seed: number;
  /** One line: what the case is there to test. */
  about: string;
  weeks: number;
  /** First week (a Monday, YYYY-MM-DD). */
  start: string;
  /** Noise sd as a fraction of the mean (noise-free) KPI. */
  noise: number;
  /** Weight of the common factor in every channel's spend variation (0 = independent, 1 = identical). */
  correlation: number;
  /** Baseline growth over the window as a fraction of the baseline level (linear). */
  trend: number;
  /** Amplitude of the yearly demand season as a fraction of the baseline level. */
  season: number;
  /** Baseline elasticity of the KPI to the price control (KPI % change per price % change). */
  priceElasticity: number;
  /** Share of weeks with a temporary price cut (15 % off). */
  discountRate: number;
  /** Consecutive weeks with all media off (0 = none). */
  darkWeeks: number;
  /** Growth of every channel's spend over the window (0 = flat), a confounder with the trend. */
  spendTrend: number;
  /** Target share of the (noise-free) KPI that media drives. */
  mediaShare: number;
  /**
   * When set, each non-null channel's beta is chosen so that its steady-state marginal ROI at its mean spend
   * equals this value (the current mix is then a KKT point: little headroom), and `roi` only marks null channels.
   */
  equalMarginalRoi?: number;
  channels: ChannelSpec[];
};

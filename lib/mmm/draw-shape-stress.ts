/**
 * How much extra uncertainty about each channel's Hill slope α (σ of ln α) the planner's gate should add to the national
 * model's bootstrap draws (ResponseModel.shapeStress; the mechanism is lib/optimize/shape-stress.ts).
 * Why: on the decision benchmark the draws' own spread of ln α is about 0.31 (median over identified channels) while the
 * fitted α's error has a standard deviation of 0.55–0.61 on every seed set and family, so a gate on the draws alone trusts
 * slopes the fit has wrong. 0.2 is the smallest of 0.1, 0.15, 0.2, 0.3 at which no default plan of the named and random
 * structures (392 datasets, observational) is worse than the current mix, for +0.6 (named) and +1.2 (random) points of
 * mean regret; with simulated lift tests it takes the losses from 2 to 0 (named) and 7 to 2 of 168 (random). A
 * stricter quantile on the draws alone (their minimum) is worse on every set (bench/README-decisions.md, fifteenth
 * session). The geo model sets none: its shape chain's draws lost to the current mix in none of bench:geo's plans, and
 * the same stress there made half of them keep the current mix (regret median 3.9 → 6.1 %).
 */
export const NATIONAL_SHAPE_STRESS = 0.2;

import type { Rng } from "../math/random";
import { crowdingDistance, dominates, nonDominatedSort } from "./pareto-front";

/**
 * Differential evolution on the unit hypercube, single- or multi-objective.
 *
 * Why our own: Robyn drives its search with Nevergrad (Python) and pymc-marketing with MCMC; npm has no
 * maintained, dependency-free CMA-ES/DE we can install offline, and DE is ~100 lines. Scheme:
 * DE/current-to-pbest/1/bin (Zhang & Sanderson 2009, JADE): v = x_i + F(x_pbest − x_i) + F(x_r1 − x_r2)
 * with x_pbest drawn from the best 20 % of the population, which converges several times faster than
 * DE/rand/1 on the 12–30 dimensional hyperparameter spaces here; F is dithered per generation in
 * [0.5, 1) and CR is the crossover rate. Out-of-bounds coordinates are placed uniformly between the parent
 * and the violated bound. For several objectives we use DEMO (Robič & Filipič 2005): a trial that dominates its parent
 * replaces it, one dominated by its parent is dropped, and otherwise both are kept; the population is
 * then truncated back to its size by NSGA-II non-dominated sorting and crowding distance. With one
 * objective this reduces exactly to classic DE.
 */
export type Individual = { x: Float64Array; f: number[] };

export type DifferentialEvolutionOptions = {
  dim: number;
  populationSize: number;
  generations: number;
  rng: Rng;
  crossover?: number;
  /** Optional starting points (unit-cube coordinates); the rest of the population is Latin-hypercube sampled. */
  initial?: Float64Array[];
  /** Scalar that orders members of one non-dominated layer (default: the first objective); p-best comes from the head. */
  rank?: (f: number[], x: Float64Array) => number;
  /** Called after each generation with the fraction done. */
  onGeneration?: (fraction: number) => void;
};

function latinHypercube(n: number, dim: number, rng: Rng): Float64Array[] {
  const pts = Array.from({ length: n }, () => new Float64Array(dim));
  for (let d = 0; d < dim; d++) {
    const perm = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [perm[i], perm[j]] = [perm[j], perm[i]];
    }
    for (let i = 0; i < n; i++) pts[i][d] = (perm[i] + rng.next()) / n;
  }
  return pts;
}

/**
 * Keeps `size` individuals by non-dominated layer then crowding, and returns them ranked (layer first,
 * then `rank`) so the head of the list is the "p-best" pool.
 */
function truncate(pop: Individual[], size: number, rank: (f: number[], x: Float64Array) => number): Individual[] {
  const fs = pop.map((p) => p.f);
  const score = pop.map((p) => rank(p.f, p.x));
  const kept: Individual[] = [];
  for (const front of nonDominatedSort(fs)) {
    if (kept.length + front.length <= size) {
      for (const i of front.slice().sort((a, b) => score[a] - score[b])) kept.push(pop[i]);
      continue;
    }
    const cd = crowdingDistance(fs, front);
    const order = front.map((_, i) => i).sort((a, b) => cd[b] - cd[a]);
    for (let k = 0; kept.length < size; k++) kept.push(pop[front[order[k]]]);
    break;
  }
  return kept;
}

/**
 * @param evaluate objective vector of a point in [0,1]^dim (all minimised)
 * @returns the final population, ranked (non-dominated layer, then first objective) — best first for one objective
 * @throws if populationSize < 4
 * @example differentialEvolution((x) => [(x[0] - 0.3) ** 2], { dim: 1, populationSize: 10, generations: 50, rng })
 */
export function differentialEvolution(evaluate: (x: Float64Array) => number[], options: DifferentialEvolutionOptions): Individual[] {
  const { dim, populationSize: N, generations, rng } = options;
  if (N < 4) throw new Error(`differentialEvolution: populationSize must be ≥ 4, got ${N}`);
  const CR = options.crossover ?? 0.9;
  const starts = (options.initial ?? []).slice(0, N).map((x) => Float64Array.from(x, (v) => Math.min(1, Math.max(0, v))));
  const points = [...starts, ...latinHypercube(N - starts.length, dim, rng)];
  const rank = options.rank ?? ((f: number[]) => f[0]);
  let pop: Individual[] = truncate(
    points.map((x) => ({ x, f: evaluate(x) })),
    N,
    rank,
  );
  const pTop = Math.max(2, Math.round(0.2 * N));
  for (let g = 0; g < generations; g++) {
    const F = 0.5 + 0.5 * rng.next();
    const next: Individual[] = pop.slice();
    const extra: Individual[] = [];
    for (let i = 0; i < N; i++) {
      let r1, r2;
      const best = pop[rng.int(pTop)].x;
      do r1 = rng.int(N);
      while (r1 === i);
      do r2 = rng.int(N);
      while (r2 === i || r2 === r1);
      const b = pop[r1].x,
        c = pop[r2].x,
        parent = pop[i].x;
      const trial = new Float64Array(dim);
      const jRand = rng.int(dim);
      for (let d = 0; d < dim; d++) {
        if (d === jRand || rng.next() < CR) {
          let v = parent[d] + F * (best[d] - parent[d]) + F * (b[d] - c[d]);
          if (v < 0) v = rng.next() * parent[d];
          else if (v > 1) v = parent[d] + rng.next() * (1 - parent[d]);
          trial[d] = v;
        } else trial[d] = parent[d];
      }
      const f = evaluate(trial);
      const pf = pop[i].f;
      let noWorse = true;
      for (let k = 0; k < f.length; k++) if (f[k] > pf[k]) noWorse = false;
      if (noWorse) next[i] = { x: trial, f };
      else if (!dominates(pf, f)) extra.push({ x: trial, f });
    }
    pop = truncate(next.concat(extra), N, rank);
    options.onGeneration?.((g + 1) / generations);
  }
  return pop;
}

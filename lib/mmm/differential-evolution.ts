import type { Rng } from "../math/random";
import { crowdingDistance, dominates, nonDominatedSort } from "./pareto-front";

/**
 * Differential evolution on the unit hypercube, single- or multi-objective.
 *
 * Why our own: Robyn drives its search with Nevergrad (Python) and pymc-marketing with MCMC; npm has no
 * maintained, dependency-free CMA-ES/DE we can install offline, and DE is ~100 lines. Scheme:
 * DE/rand/1/bin (Storn & Price 1997) with the factor F dithered per generation in [0.5, 1) and
 * crossover rate CR; out-of-bounds coordinates are placed uniformly between the parent and the violated
 * bound. For several objectives we use DEMO (Robič & Filipič 2005): a trial that dominates its parent
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

function truncate(pop: Individual[], size: number): Individual[] {
  if (pop.length <= size) return pop;
  const fs = pop.map((p) => p.f);
  const kept: Individual[] = [];
  for (const front of nonDominatedSort(fs)) {
    if (kept.length + front.length <= size) {
      for (const i of front) kept.push(pop[i]);
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
 * @returns the final population (for one objective, sorted best first)
 * @throws if populationSize < 4
 * @example differentialEvolution((x) => [(x[0] - 0.3) ** 2], { dim: 1, populationSize: 10, generations: 50, rng })
 */
export function differentialEvolution(evaluate: (x: Float64Array) => number[], options: DifferentialEvolutionOptions): Individual[] {
  const { dim, populationSize: N, generations, rng } = options;
  if (N < 4) throw new Error(`differentialEvolution: populationSize must be ≥ 4, got ${N}`);
  const CR = options.crossover ?? 0.9;
  const starts = (options.initial ?? []).slice(0, N).map((x) => Float64Array.from(x, (v) => Math.min(1, Math.max(0, v))));
  const points = [...starts, ...latinHypercube(N - starts.length, dim, rng)];
  let pop: Individual[] = points.map((x) => ({ x, f: evaluate(x) }));
  for (let g = 0; g < generations; g++) {
    const F = 0.5 + 0.5 * rng.next();
    const next: Individual[] = pop.slice();
    const extra: Individual[] = [];
    for (let i = 0; i < N; i++) {
      let r1, r2, r3;
      do r1 = rng.int(N); while (r1 === i);
      do r2 = rng.int(N); while (r2 === i || r2 === r1);
      do r3 = rng.int(N); while (r3 === i || r3 === r1 || r3 === r2);
      const a = pop[r1].x, b = pop[r2].x, c = pop[r3].x, parent = pop[i].x;
      const trial = new Float64Array(dim);
      const jRand = rng.int(dim);
      for (let d = 0; d < dim; d++) {
        if (d === jRand || rng.next() < CR) {
          let v = a[d] + F * (b[d] - c[d]);
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
    pop = truncate(next.concat(extra), N);
    options.onGeneration?.((g + 1) / generations);
  }
  if (pop[0].f.length === 1) pop.sort((p, q) => p.f[0] - q.f[0]);
  return pop;
}

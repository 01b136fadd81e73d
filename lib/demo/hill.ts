import type { HillSaturation } from "@/lib/mmm/types";

/** Hill response beta·x^alpha/(x^alpha + gamma^alpha) on adstocked weekly spend x (currency/week). */
export function hill(x: number, s: HillSaturation): number {
  if (x <= 0) return 0;
  const xa = x ** s.alpha;
  return (s.beta * xa) / (xa + s.gamma ** s.alpha);
}

/** dHill/dx: beta·alpha·gamma^alpha·x^(alpha−1)/(x^alpha + gamma^alpha)². */
export function hillDerivative(x: number, s: HillSaturation): number {
  if (x <= 0) return s.alpha === 1 ? s.beta / s.gamma : 0;
  const xa = x ** s.alpha;
  const ga = s.gamma ** s.alpha;
  return (s.beta * s.alpha * ga * x ** (s.alpha - 1)) / (xa + ga) ** 2;
}

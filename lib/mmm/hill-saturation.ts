/**
 * Hill saturation shape x^alpha / (x^alpha + gamma^alpha) ∈ [0, 1) (Jin et al. 2017, eq. 3; Robyn's
 * `saturation_hill`). gamma is the half-saturation point in the units of x; alpha > 1 gives an S-curve,
 * alpha ≤ 1 a concave curve. Written as 1 / (1 + (gamma/x)^alpha) to avoid overflow for large x.
 *
 * @example hillShape(2, 1, 2) // 0.5
 */
export function hillShape(x: number, alpha: number, gamma: number): number {
  if (x <= 0) return 0;
  if (gamma <= 0) return 1;
  return 1 / (1 + Math.pow(gamma / x, alpha));
}

/**
 * d/dx of the Hill shape: alpha · x^(alpha−1) · gamma^alpha / (x^alpha + gamma^alpha)^2, computed as
 * alpha · h · (1 − h) / x with h the shape value (same quantity, no large powers).
 * At x = 0 the limit is 1/gamma for alpha = 1, 0 for alpha > 1 and +∞ for alpha < 1.
 */
export function hillShapeDerivative(x: number, alpha: number, gamma: number): number {
  if (gamma <= 0) return 0;
  if (x <= 0) return alpha === 1 ? 1 / gamma : alpha > 1 ? 0 : Number.POSITIVE_INFINITY;
  const h = hillShape(x, alpha, gamma);
  return (alpha * h * (1 - h)) / x;
}

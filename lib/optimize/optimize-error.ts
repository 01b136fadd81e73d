/**
 * The one error type the optimizer throws. `code` lets the CLI, server actions and the Planner map a
 * failure to a field (budget, bounds, target) without parsing the message; the message itself is meant
 * for a person and names the numbers that clash.
 */
export type OptimizeErrorCode =
  | "INVALID_MODEL"
  | "INVALID_BUDGET"
  | "INVALID_OPTION"
  | "UNKNOWN_CHANNEL"
  | "INVALID_BOUNDS"
  | "MIN_EXCEEDS_BUDGET"
  | "MAX_BELOW_BUDGET"
  | "LOCKED_EXCEEDS_BUDGET"
  | "TARGET_UNREACHABLE"
  | "INVALID_ALLOCATION";

export class OptimizeError extends Error {
  readonly code: OptimizeErrorCode;

  constructor(code: OptimizeErrorCode, message: string) {
    super(message);
    this.name = "OptimizeError";
    this.code = code;
  }
}

/** Formats money-like numbers in messages without trailing float noise. */
export function formatAmount(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x) >= 100 ? x.toFixed(0) : Number(x.toPrecision(6)).toString();
}

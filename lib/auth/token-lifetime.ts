/**
 * API tokens expire: a leaked token stops working by itself. The lifetime is chosen when the token is made,
 * 90 days unless the admin says otherwise, and never more than a year.
 */
import { DAY_MS } from "../math/time-units";
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;

export function tokenExpiry(days: number, from = new Date()): Date {
  const d = Math.min(TOKEN_MAX_DAYS, Math.max(1, Math.floor(days)));
  return new Date(from.getTime() + d * DAY_MS);
}

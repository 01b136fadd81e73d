/**
 * Roles, lowest to highest. Each role can do everything the ones below it can:
 * viewer reads everything; planner also saves scenarios, scores promos and starts fits;
 * admin also imports data, manages users and tokens, promotes models and changes settings.
 */
export const ROLES = ["viewer", "planner", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function hasRole(actual: string, required: Role): boolean {
  const a = ROLES.indexOf(actual as Role);
  return a >= 0 && a >= ROLES.indexOf(required);
}

/** Calendar units in UTC milliseconds: every date computation works on UTC midnight, so DST never shifts a day. */
export const DAY_MS = 86_400_000;
export const DAYS_PER_WEEK = 7;
export const WEEK_MS = DAYS_PER_WEEK * DAY_MS;

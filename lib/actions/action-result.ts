/** What every server action returns: data, or a message fit to show a user (never a stack trace). */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

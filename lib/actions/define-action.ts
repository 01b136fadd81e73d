import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { checkRole } from "../auth/current-user";
import type { Role } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { recordAudit } from "../data/writes/audit";
import { logger } from "../monitoring/logger";
import type { ActionResult } from "./action-result";

/** One audit-log row: what was done, to what, with which details (bounded by audit-entry.ts). */
export type AuditRecord = { action: string; target?: string; details?: Record<string, unknown> };

/** A path to revalidate after a successful change; `[path, "layout"]` revalidates everything below a layout. */
export type RevalidateTarget = string | readonly [string, "layout" | "page"];

/** What an action's body gets besides its parsed input. `user` is null only for actions with `role: null`. */
export type ActionContext<U> = {
  user: U;
  /** Audits from inside the body (e.g. a refused attempt); like the wrapper's own audit, a failed write is logged, never thrown. */
  audit: (actor: string, entry: AuditRecord) => Promise<void>;
};

type Spec<In, S extends z.ZodType, R extends Role | null> = {
  /** The lowest role allowed (checked before anything is parsed or read); null for the pages anyone reaches (sign-in, setup). */
  role: R | ((raw: In) => R);
  /** Turns what the client sent (e.g. FormData) into the object `schema` parses; the raw input itself when omitted. */
  read?: (raw: In) => unknown;
  schema: S;
  /** The message shown when parsing fails; by default the first issue's message. Field errors come back beside it. */
  invalid?: string | ((error: z.ZodError) => string);
  /**
   * The audit row written after the body succeeds. It sees the input, not the result (TypeScript infers the result
   * type from the body, which comes later); an audit that names something only the body knows uses `ctx.audit`.
   */
  audit?: (input: z.output<S>, user: R extends Role ? SessionUser : SessionUser | null) => AuditRecord | null;
  /** Revalidated after success, after the audit. */
  revalidate?: RevalidateTarget | ((input: z.output<S>) => RevalidateTarget | null);
  /** Maps an expected error the body throws to what the form shows (return undefined for anything else). */
  onError?: (error: unknown) => ActionResult<never> | undefined;
  /** The message for an unexpected error (logged with the action's name; never a stack trace to the user). */
  failure?: string;
};

const DEFAULT_FAILURE = "Something went wrong and nothing was changed. Try again, and if it keeps failing check the server log.";

async function safeAudit(actor: string, entry: AuditRecord, action: string) {
  try {
    await recordAudit(actor, entry.action, entry.target ?? "", entry.details ?? {});
  } catch (error) {
    // The change itself is done: failing the action now would invite a second, duplicate change. Log it loudly instead.
    logger.error("audit write failed", { action, audit: entry.action, target: entry.target ?? "", error: String(error) });
  }
}

function parseFailure(error: z.ZodError, invalid: Spec<never, z.ZodType, null>["invalid"]): ActionResult<never> {
  const message = typeof invalid === "function" ? invalid(error) : (invalid ?? error.issues[0]?.message ?? "Invalid input");
  const fieldErrors = (z.flattenError(error).fieldErrors ?? {}) as Record<string, string[]>;
  return Object.keys(fieldErrors).length > 0 ? { ok: false, error: message, fieldErrors } : { ok: false, error: message };
}

/**
 * The one server-action pipeline: check role → parse (zod) → run → audit → revalidate, returning
 * `{ ok: true, data } | { ok: false, error, fieldErrors? }`. The body returns an ActionResult (so it can refuse with a
 * specific message); anything it throws becomes `onError`'s answer or the generic `failure` message, logged.
 * Next's redirect()/notFound() pass through untouched.
 *
 * @example
 * export const renameScenario = defineAction(
 *   { role: "planner", schema: renameScenarioSchema, audit: (input) => ({ action: "rename_scenario", target: `scenario ${input.id}` }), revalidate: "/scenarios" },
 *   async (input) => ({ ok: true, data: await updateScenario(input) }),
 * );
 */
export function defineAction<In, S extends z.ZodType, Out, R extends Role | null>(
  spec: Spec<In, S, R>,
  fn: (input: z.output<S>, ctx: ActionContext<R extends Role ? SessionUser : SessionUser | null>) => Promise<ActionResult<Out>>,
): (raw: In) => Promise<ActionResult<Out>> {
  const name = fn.name || "action";
  return async (raw: In) => {
    type U = R extends Role ? SessionUser : SessionUser | null;
    const role = typeof spec.role === "function" ? spec.role(raw) : spec.role;
    let user: SessionUser | null = null;
    if (role !== null) {
      // Authorization on the server: the UI hiding or disabling a button is not a permission check.
      const auth = await checkRole(role);
      if (!auth.ok) return auth;
      user = auth.user;
    }
    const parsed = spec.schema.safeParse(spec.read ? spec.read(raw) : raw);
    if (!parsed.success) return parseFailure(parsed.error, spec.invalid);
    const input = parsed.data as z.output<S>;
    let result: ActionResult<Out>;
    try {
      result = await fn(input, { user: user as U, audit: (actor, entry) => safeAudit(actor, entry, name) });
    } catch (error) {
      unstable_rethrow(error);
      const mapped = spec.onError?.(error);
      if (mapped) return mapped;
      logger.error(`${name} failed`, { error: String(error) });
      return { ok: false, error: spec.failure ?? DEFAULT_FAILURE };
    }
    if (!result.ok) return result;
    const entry = spec.audit?.(input, user as U);
    if (entry && user) await safeAudit(user.email, entry, name);
    const target = typeof spec.revalidate === "function" ? spec.revalidate(input) : spec.revalidate;
    if (typeof target === "string") revalidatePath(target);
    else if (target) revalidatePath(target[0], target[1]);
    return result;
  };
}

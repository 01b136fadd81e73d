import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { hasRole, type Role } from "./roles";
import { findSessionUser, SESSION_COOKIE, type SessionUser } from "./session";

/** The signed-in user of this request (pages, layouts, server actions), or null. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return findSessionUser((await cookies()).get(SESSION_COOKIE)?.value);
}

/** For pages: sends anonymous visitors to sign in, and users without the role to the overview. */
export async function requirePageUser(role: Role = "viewer"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!hasRole(user.role, role)) redirect("/?denied=1");
  return user;
}

export class AuthorizationError extends Error {
  constructor(
    public readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = "AuthorizationError";
  }
}

/** For server actions: the user when they hold the role, else an AuthorizationError with a message fit to show. */
export async function authorize(role: Role): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthorizationError(401, "Your session has ended. Sign in again.");
  if (!hasRole(user.role, role)) throw new AuthorizationError(403, `This needs the ${role} role; you are signed in as a ${user.role}.`);
  return user;
}

/** authorize() as an ActionResult-shaped check: `const auth = await checkRole("planner"); if (!auth.ok) return auth;` */
export async function checkRole(role: Role): Promise<{ ok: true; user: SessionUser } | { ok: false; error: string }> {
  try {
    return { ok: true, user: await authorize(role) };
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, error: error.message };
    throw error;
  }
}

"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn as authenticate } from "../auth/authenticate";
import { safeNextPath } from "../auth/safe-next-path";
import { signInSchema } from "../auth/schemas";
import { CLIENT_HEADER, readClientHeader } from "../server/request-client";
import { SESSION_COOKIE } from "../auth/session";
import type { ActionResult } from "./action-result";

/** Signs in with email and password; sets an HTTP-only session cookie and goes to `next` (same-origin paths only). */
export async function signIn(_: unknown, formData: FormData): Promise<ActionResult<null>> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return { ok: false, error: fieldErrors.email?.[0] ?? "Enter your email and password.", fieldErrors };
  }
  const h = await headers();
  // Never X-Forwarded-For as sent: our server stamps the socket's address (or a trusted proxy's view of it).
  const client = readClientHeader(h.get(CLIENT_HEADER));
  const result = await authenticate(parsed.data.email, parsed.data.password, client);
  if (!result.ok) return { ok: false, error: result.error };
  (await cookies()).set(SESSION_COOKIE, result.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: (h.get("x-forwarded-proto") ?? "http") === "https",
    path: "/",
    expires: result.expiresAt,
  });
  redirect(safeNextPath(formData.get("next")));
}

"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn as authenticate } from "../auth/authenticate";
import { signInSchema } from "../auth/schemas";
import { SESSION_COOKIE } from "../auth/session";
import type { ActionResult } from "./action-result";

/** Signs in with email and password; sets an HTTP-only session cookie and goes to `next` (same-site paths only). */
export async function signIn(_: unknown, formData: FormData): Promise<ActionResult<null>> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, error: "Enter your email and password.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const h = await headers();
  const client = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
  const result = await authenticate(parsed.data.email, parsed.data.password, client);
  if (!result.ok) return { ok: false, error: result.error };
  (await cookies()).set(SESSION_COOKIE, result.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: (h.get("x-forwarded-proto") ?? "http") === "https",
    path: "/",
    expires: result.expiresAt,
  });
  const next = String(formData.get("next") ?? "/");
  redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/");
}

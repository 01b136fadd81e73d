"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn as authenticate } from "../auth/authenticate";
import { safeNextPath } from "../auth/safe-next-path";
import { signInSchema } from "../auth/schemas";
import { SESSION_COOKIE } from "../auth/session";
import { CLIENT_HEADER, readClientHeader } from "../server/request-client";
import { defineAction } from "./define-action";

const run = defineAction(
  {
    role: null,
    read: (formData: FormData) => ({ email: formData.get("email"), password: formData.get("password"), next: formData.get("next") }),
    schema: signInSchema.extend({ next: z.unknown() }),
    invalid: (e) => (z.flattenError(e).fieldErrors as { email?: string[] }).email?.[0] ?? "Enter your email and password.",
  },
  async function signIn(input) {
    const h = await headers();
    // Never X-Forwarded-For as sent: our server stamps the socket's address (or a trusted proxy's view of it).
    const client = readClientHeader(h.get(CLIENT_HEADER));
    const result = await authenticate(input.email, input.password, client);
    if (!result.ok) return { ok: false, error: result.error };
    (await cookies()).set(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: "lax",
      secure: (h.get("x-forwarded-proto") ?? "http") === "https",
      path: "/",
      expires: result.expiresAt,
    });
    redirect(safeNextPath(input.next));
  },
);

/** Signs in with email and password; sets an HTTP-only session cookie and goes to `next` (same-origin paths only). */
export async function signIn(_: unknown, formData: FormData) {
  return run(formData);
}

"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteSession, SESSION_COOKIE } from "../auth/session";
import { defineAction } from "./define-action";

const run = defineAction({ role: null, read: () => undefined, schema: z.undefined() }, async function signOut() {
  const jar = await cookies();
  await deleteSession(jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  redirect("/login");
});

/** Ends this session and goes to sign-in (a `<form action>`, so it returns nothing). */
export async function signOut(): Promise<void> {
  await run(undefined);
}

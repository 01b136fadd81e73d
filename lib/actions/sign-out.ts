"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { deleteSession, SESSION_COOKIE } from "../auth/session";

export async function signOut(): Promise<void> {
  const jar = await cookies();
  await deleteSession(jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  redirect("/login");
}

import "server-only";
import { prisma } from "../../db/client";

/** Whether anyone can sign in yet: /setup is open only while this is false, /login sends there while it is. */
export async function hasAnyUser(): Promise<boolean> {
  return (await prisma().user.count()) > 0;
}

import { hash, verify } from "@node-rs/argon2";

/**
 * Passwords are hashed with Argon2id (OWASP's first choice) using @node-rs/argon2's defaults
 * (m = 19 MiB, t = 2, p = 1 — the OWASP minimum profile), which costs ~30 ms on these machines.
 */
export { MIN_PASSWORD_LENGTH } from "./password-policy";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, never a crash
  }
}

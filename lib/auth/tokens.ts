import { createHash, randomBytes } from "node:crypto";

/**
 * Session ids and API tokens are 256-bit random values; the database stores only their SHA-256, so a leaked
 * database does not leak usable credentials. (A fast hash is right here: the input has full entropy.)
 */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export const API_TOKEN_PREFIX = "mxc_";

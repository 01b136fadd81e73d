import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./password-policy";
import { ROLES } from "./roles";
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from "./token-lifetime";

// 254 characters is the longest address SMTP allows (RFC 5321 path limit); longer input is refused before it is
// stored anywhere (issue 11: a 5 MB "email" went whole into the audit log).
export const EMAIL_MAX = 254;

export const signInSchema = z.object({
  email: z.string().max(EMAIL_MAX, `An email address has at most ${EMAIL_MAX} characters`).trim().toLowerCase().email("Enter your email address"),
  password: z.string().min(1, "Enter your password").max(1000),
});

export const newUserSchema = z.object({
  email: z.string().max(EMAIL_MAX).trim().toLowerCase().email("Enter a valid email address"),
  name: z.string().trim().max(120).default(""),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

export const apiTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token (e.g. what uses it)").max(80),
  scope: z.enum(["read", "write"]),
  days: z.coerce.number().int("Whole days").min(1, "At least 1 day").max(TOKEN_MAX_DAYS, `At most ${TOKEN_MAX_DAYS} days`).default(TOKEN_DEFAULT_DAYS),
});

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password").max(1000),
    next: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(200),
    confirm: z.string().max(200),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "The two new passwords differ" })
  .refine((v) => v.next !== v.current, { path: ["next"], message: "Choose a password different from the current one" });

export const resetPasswordSchema = z.object({
  id: z.number().int().positive(),
  password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

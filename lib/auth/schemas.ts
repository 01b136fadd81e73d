import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./password-policy";
import { ROLES } from "./roles";

export const signInSchema = z.object({ email: z.string().trim().toLowerCase().email("Enter your email address"), password: z.string().min(1, "Enter your password").max(1000) });

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(200),
  name: z.string().trim().max(120).default(""),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

export const apiTokenSchema = z.object({ name: z.string().trim().min(1, "Name the token (e.g. what uses it)").max(80), scope: z.enum(["read", "write"]) });

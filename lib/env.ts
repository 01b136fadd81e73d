import { z } from "zod";

/**
 * Environment variables, parsed once. Nothing else in the code base reads process.env directly, so every
 * setting has one documented name, type and default (README § Configuration).
 */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is unset. */
  MIXCAST_DATA_DIR: z.string().default(".mixcast"),
  /** Port of the embedded PostgreSQL. */
  MIXCAST_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54320),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface the web server binds to. 127.0.0.1 keeps the app on this machine; set 0.0.0.0 (or an address) to serve others. */
  MIXCAST_HOST: z.string().min(1).default("127.0.0.1"),
  /** Web processes sharing PORT (one per core is the usual choice); each follows the database's change feed. */
  MIXCAST_WEB_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  /** Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed (sign-in rate limiting). */
  MIXCAST_TRUSTED_PROXIES: z.string().optional(),
  /** Set to "0" to keep the job worker out of the web process (run `npm run worker` instead). */
  MIXCAST_INPROCESS_WORKER: z.enum(["0", "1"]).default("1"),
  /** Cron for the weekly retraining of every model (server time zone UTC). */
  MIXCAST_RETRAIN_CRON: z.string().default("0 3 * * 1"),
  /** Retries of a failed fit (exponential backoff starting at the delay, in seconds). */
  MIXCAST_JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(10).default(3),
  MIXCAST_JOB_RETRY_DELAY: z.coerce.number().int().min(1).max(3600).default(10),
  /** Upper bounds for CSV imports: a clear message instead of a server falling over. */
  MIXCAST_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  MIXCAST_IMPORT_MAX_ROWS: z.coerce.number().int().positive().default(200_000),
  MIXCAST_ALERT_WEBHOOK_URL: z.string().url().optional(),
  MIXCAST_ADMIN_EMAIL: z.string().email().optional(),
  MIXCAST_ADMIN_PASSWORD: z.string().min(8).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Parsed on every call (a few microseconds) rather than cached: the start scripts set DATABASE_URL after
 * starting the embedded database, and a cached copy would miss it.
 */
export function env(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return parsed.data;
}

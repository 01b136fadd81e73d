import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects: pure unit tests (no I/O) and integration tests against a real Postgres
// (files named *.int.test.ts; run through scripts/with-db.ts, which starts one when DATABASE_URL is unset).
export default defineConfig({
  resolve: { alias: { "@": root, "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "app/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "app/**/*.int.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One database: run files one after another so they don't trample each other's rows.
          fileParallelism: false,
        },
      },
    ],
  },
});

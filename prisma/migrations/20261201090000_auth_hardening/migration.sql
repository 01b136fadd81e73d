-- Sign-in throttling counted atomically per key and window (issue 11, item 4), and API token lifetimes (item 6).
CREATE TABLE "login_throttle" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key","windowStart")
);
CREATE INDEX "login_throttle_windowStart_idx" ON "login_throttle"("windowStart");

-- Tokens made before lifetimes existed expire 90 days after this migration.
ALTER TABLE "api_token" ADD COLUMN "expiresAt" TIMESTAMP(3);
UPDATE "api_token" SET "expiresAt" = GREATEST("createdAt", CURRENT_TIMESTAMP) + INTERVAL '90 days';
ALTER TABLE "api_token" ALTER COLUMN "expiresAt" SET NOT NULL;
ALTER TABLE "api_token" ALTER COLUMN "expiresAt" SET DEFAULT (CURRENT_TIMESTAMP + '90 days'::interval);

-- Initial schema. Written to match prisma/schema.prisma exactly (Prisma's schema engine is not available
-- offline); lib/db/schema-roundtrip.int.test.ts writes and reads every model to prove it.

-- CreateTable
CREATE TABLE "dataset" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "truth" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "dataset_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "dataset_version" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL DEFAULT '',
    "rowCount" INTEGER NOT NULL,
    "createdBy" TEXT NOT NULL DEFAULT 'system',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "dataset_version_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "channel" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "channel_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "region" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "weekly_demand" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "week" DATE NOT NULL,
    "channelId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "activations" DOUBLE PRECISION NOT NULL,
    "revenue" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "weekly_demand_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "weekly_spend" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "week" DATE NOT NULL,
    "channelId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "spend" DOUBLE PRECISION NOT NULL,
    "impressions" DOUBLE PRECISION,
    "clicks" DOUBLE PRECISION,
    CONSTRAINT "weekly_spend_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "unit_economics" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "channelId" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "revenuePerActivation" DOUBLE PRECISION NOT NULL,
    "costPerActivation" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "unit_economics_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "macro_indicator" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "week" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "macro_indicator_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "holiday" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "regionId" INTEGER,
    CONSTRAINT "holiday_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "promotion" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "promotionId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "discountPct" DOUBLE PRECISION NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "promoType" TEXT NOT NULL,
    "cost" DOUBLE PRECISION NOT NULL,
    "salesAmount" DOUBLE PRECISION,
    "salesCount" INTEGER,
    CONSTRAINT "promotion_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "campaign" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "campaignId" TEXT NOT NULL,
    "channelId" INTEGER NOT NULL,
    "regionId" INTEGER,
    "budget" DOUBLE PRECISION NOT NULL,
    "reach" DOUBLE PRECISION NOT NULL,
    "conversionRate" DOUBLE PRECISION NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    CONSTRAINT "campaign_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "service_interaction" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "interactionId" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "interactionType" TEXT NOT NULL,
    "contactChannel" TEXT NOT NULL,
    "regionId" INTEGER,
    "customerId" TEXT NOT NULL,
    "customerAge" INTEGER,
    "customerTenureDays" INTEGER,
    "customerSegment" TEXT NOT NULL DEFAULT '',
    "isRepeatContact" BOOLEAN NOT NULL DEFAULT false,
    "waitMinutes" DOUBLE PRECISION,
    "satisfaction" INTEGER,
    CONSTRAINT "service_interaction_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "lift_test" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "channelId" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "incrementalKpi" DOUBLE PRECISION NOT NULL,
    "standardError" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "lift_test_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "model_run" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "datasetVersion" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "stage" TEXT NOT NULL DEFAULT '',
    "seriesKey" TEXT NOT NULL DEFAULT '',
    "params" JSONB NOT NULL DEFAULT '{}',
    "metrics" JSONB NOT NULL DEFAULT '{}',
    "artifacts" JSONB NOT NULL DEFAULT '{}',
    "codeVersion" TEXT NOT NULL DEFAULT '',
    "isChampion" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    "jobId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdBy" TEXT NOT NULL DEFAULT 'system',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    CONSTRAINT "model_run_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "run_log" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "level" TEXT NOT NULL DEFAULT 'info',
    "message" TEXT NOT NULL,
    CONSTRAINT "run_log_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "forecast" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "seriesKey" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'future',
    "origin" DATE NOT NULL,
    "week" DATE NOT NULL,
    "yhat" DOUBLE PRECISION NOT NULL,
    "lo80" DOUBLE PRECISION,
    "hi80" DOUBLE PRECISION,
    "lo95" DOUBLE PRECISION,
    "hi95" DOUBLE PRECISION,
    CONSTRAINT "forecast_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "forecast_accuracy" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "seriesKey" TEXT NOT NULL,
    "week" DATE NOT NULL,
    "horizon" INTEGER NOT NULL,
    "actual" DOUBLE PRECISION NOT NULL,
    "forecast" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "forecast_accuracy_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "scenario" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "modelRunId" INTEGER,
    "name" TEXT NOT NULL,
    "author" TEXT NOT NULL DEFAULT '',
    "objective" TEXT NOT NULL,
    "totalBudget" DOUBLE PRECISION NOT NULL,
    "allocation" JSONB NOT NULL,
    "predicted" JSONB NOT NULL DEFAULT '{}',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "scenario_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "promo_score" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "batchId" TEXT,
    "promotionId" TEXT NOT NULL DEFAULT '',
    "input" JSONB NOT NULL,
    "pSells" DOUBLE PRECISION NOT NULL,
    "uplift" DOUBLE PRECISION NOT NULL,
    "roi" DOUBLE PRECISION NOT NULL,
    "decision" TEXT NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "source" TEXT NOT NULL DEFAULT 'form',
    "createdBy" TEXT NOT NULL DEFAULT 'system',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "promo_score_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "alert" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL DEFAULT 'warning',
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'open',
    "runId" INTEGER,
    "seriesKey" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    CONSTRAINT "alert_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "api_token" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'read',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL DEFAULT '',
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "dataset_name_key" ON "dataset"("name");
CREATE UNIQUE INDEX "dataset_version_datasetId_version_key" ON "dataset_version"("datasetId", "version");
CREATE UNIQUE INDEX "dataset_version_datasetId_kind_contentHash_key" ON "dataset_version"("datasetId", "kind", "contentHash");
CREATE INDEX "dataset_version_datasetId_kind_idx" ON "dataset_version"("datasetId", "kind");
CREATE UNIQUE INDEX "channel_datasetId_name_key" ON "channel"("datasetId", "name");
CREATE UNIQUE INDEX "region_datasetId_name_key" ON "region"("datasetId", "name");
CREATE UNIQUE INDEX "weekly_demand_datasetId_week_channelId_regionId_key" ON "weekly_demand"("datasetId", "week", "channelId", "regionId");
CREATE INDEX "weekly_demand_datasetId_channelId_regionId_week_idx" ON "weekly_demand"("datasetId", "channelId", "regionId", "week");
CREATE UNIQUE INDEX "weekly_spend_datasetId_week_channelId_regionId_key" ON "weekly_spend"("datasetId", "week", "channelId", "regionId");
CREATE INDEX "weekly_spend_datasetId_channelId_week_idx" ON "weekly_spend"("datasetId", "channelId", "week");
CREATE UNIQUE INDEX "unit_economics_datasetId_channelId_validFrom_key" ON "unit_economics"("datasetId", "channelId", "validFrom");
CREATE UNIQUE INDEX "macro_indicator_datasetId_week_name_key" ON "macro_indicator"("datasetId", "week", "name");
-- NULLS NOT DISTINCT: a nation-wide holiday (regionId NULL) must also be unique per date and name.
CREATE UNIQUE INDEX "holiday_datasetId_date_name_regionId_key" ON "holiday"("datasetId", "date", "name", "regionId") NULLS NOT DISTINCT;
CREATE UNIQUE INDEX "promotion_datasetId_promotionId_key" ON "promotion"("datasetId", "promotionId");
CREATE INDEX "promotion_datasetId_regionId_startDate_idx" ON "promotion"("datasetId", "regionId", "startDate");
CREATE INDEX "promotion_datasetId_category_startDate_idx" ON "promotion"("datasetId", "category", "startDate");
CREATE UNIQUE INDEX "campaign_datasetId_campaignId_key" ON "campaign"("datasetId", "campaignId");
CREATE INDEX "campaign_datasetId_startDate_idx" ON "campaign"("datasetId", "startDate");
CREATE UNIQUE INDEX "service_interaction_datasetId_interactionId_key" ON "service_interaction"("datasetId", "interactionId");
CREATE INDEX "service_interaction_datasetId_occurredAt_idx" ON "service_interaction"("datasetId", "occurredAt");
CREATE INDEX "service_interaction_datasetId_customerId_occurredAt_idx" ON "service_interaction"("datasetId", "customerId", "occurredAt");
CREATE UNIQUE INDEX "lift_test_datasetId_channelId_startDate_endDate_key" ON "lift_test"("datasetId", "channelId", "startDate", "endDate");
CREATE INDEX "model_run_kind_status_createdAt_idx" ON "model_run"("kind", "status", "createdAt");
CREATE INDEX "model_run_datasetId_kind_isChampion_idx" ON "model_run"("datasetId", "kind", "isChampion");
CREATE INDEX "run_log_runId_at_idx" ON "run_log"("runId", "at");
CREATE INDEX "forecast_runId_seriesKey_model_kind_idx" ON "forecast"("runId", "seriesKey", "model", "kind");
CREATE INDEX "forecast_seriesKey_week_idx" ON "forecast"("seriesKey", "week");
CREATE UNIQUE INDEX "forecast_accuracy_runId_seriesKey_week_key" ON "forecast_accuracy"("runId", "seriesKey", "week");
CREATE INDEX "forecast_accuracy_seriesKey_week_idx" ON "forecast_accuracy"("seriesKey", "week");
CREATE UNIQUE INDEX "scenario_datasetId_name_key" ON "scenario"("datasetId", "name");
CREATE INDEX "promo_score_createdAt_idx" ON "promo_score"("createdAt");
CREATE INDEX "promo_score_batchId_idx" ON "promo_score"("batchId");
CREATE INDEX "alert_status_createdAt_idx" ON "alert"("status", "createdAt");
CREATE INDEX "alert_kind_seriesKey_idx" ON "alert"("kind", "seriesKey");
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");
CREATE INDEX "session_userId_idx" ON "session"("userId");
CREATE UNIQUE INDEX "api_token_tokenHash_key" ON "api_token"("tokenHash");
CREATE INDEX "audit_log_createdAt_idx" ON "audit_log"("createdAt");

-- AddForeignKey
ALTER TABLE "dataset_version" ADD CONSTRAINT "dataset_version_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "channel" ADD CONSTRAINT "channel_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "region" ADD CONSTRAINT "region_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "weekly_demand" ADD CONSTRAINT "weekly_demand_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "weekly_demand" ADD CONSTRAINT "weekly_demand_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "weekly_demand" ADD CONSTRAINT "weekly_demand_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "weekly_spend" ADD CONSTRAINT "weekly_spend_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "weekly_spend" ADD CONSTRAINT "weekly_spend_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "weekly_spend" ADD CONSTRAINT "weekly_spend_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "unit_economics" ADD CONSTRAINT "unit_economics_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "unit_economics" ADD CONSTRAINT "unit_economics_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "macro_indicator" ADD CONSTRAINT "macro_indicator_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "holiday" ADD CONSTRAINT "holiday_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "holiday" ADD CONSTRAINT "holiday_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "promotion" ADD CONSTRAINT "promotion_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "promotion" ADD CONSTRAINT "promotion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "service_interaction" ADD CONSTRAINT "service_interaction_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "service_interaction" ADD CONSTRAINT "service_interaction_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "lift_test" ADD CONSTRAINT "lift_test_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "lift_test" ADD CONSTRAINT "lift_test_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "model_run" ADD CONSTRAINT "model_run_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "run_log" ADD CONSTRAINT "run_log_runId_fkey" FOREIGN KEY ("runId") REFERENCES "model_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "forecast" ADD CONSTRAINT "forecast_runId_fkey" FOREIGN KEY ("runId") REFERENCES "model_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "forecast_accuracy" ADD CONSTRAINT "forecast_accuracy_runId_fkey" FOREIGN KEY ("runId") REFERENCES "model_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "scenario" ADD CONSTRAINT "scenario_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "scenario" ADD CONSTRAINT "scenario_modelRunId_fkey" FOREIGN KEY ("modelRunId") REFERENCES "model_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "promo_score" ADD CONSTRAINT "promo_score_runId_fkey" FOREIGN KEY ("runId") REFERENCES "model_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert" ADD CONSTRAINT "alert_runId_fkey" FOREIGN KEY ("runId") REFERENCES "model_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

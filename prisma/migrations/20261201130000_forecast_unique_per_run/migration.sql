-- One forecast point per run, series, model, kind, origin and week: a fit job delivered twice (or an attempt that
-- outlived its claim) can no longer double a run's forecast rows. The unique index also serves the old index's lookups.
DELETE FROM "forecast" a USING "forecast" b
  WHERE a."id" > b."id" AND a."runId" = b."runId" AND a."seriesKey" = b."seriesKey" AND a."model" = b."model"
    AND a."kind" = b."kind" AND a."origin" = b."origin" AND a."week" = b."week";
DROP INDEX "forecast_runId_seriesKey_model_kind_idx";
CREATE UNIQUE INDEX "forecast_runId_seriesKey_model_kind_origin_week_key" ON "forecast"("runId", "seriesKey", "model", "kind", "origin", "week");

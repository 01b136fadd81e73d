-- Score every model's forecast against arriving actuals, not only the chosen one.
ALTER TABLE "forecast_accuracy" ADD COLUMN "model" TEXT NOT NULL DEFAULT '';
DROP INDEX "forecast_accuracy_runId_seriesKey_week_key";
CREATE UNIQUE INDEX "forecast_accuracy_runId_seriesKey_model_week_key" ON "forecast_accuracy"("runId", "seriesKey", "model", "week");

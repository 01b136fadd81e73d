-- A change feed for every web process (issue 16): triggers bump one counter and NOTIFY on every change a page may
-- show, so in-process caches are keyed by the counter and forgotten the moment anything they depend on changes —
-- in every process, without polling. Sessions, users and tokens notify too (cached sign-ins end at once).
CREATE TABLE "cache_epoch" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "cache_epoch_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "cache_epoch_single_row" CHECK ("id" = 1)
);
INSERT INTO "cache_epoch" ("id", "value") VALUES (1, 0);

CREATE FUNCTION "mixcast_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "cache_epoch" SET "value" = "value" + 1 WHERE "id" = 1;
  PERFORM pg_notify('mixcast_changes', 'data:' || TG_TABLE_NAME);
  RETURN NULL;
END $$;

CREATE FUNCTION "mixcast_auth_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('mixcast_changes', 'auth:' || TG_TABLE_NAME);
  RETURN NULL;
END $$;

-- What pages show: datasets and their versions (every import makes one), runs becoming champion or finishing,
-- scenarios, alerts, settings (forecast overrides, thresholds), lift tests and unit economics edits.
CREATE TRIGGER "dataset_changed" AFTER INSERT OR UPDATE OR DELETE ON "dataset" FOR EACH STATEMENT EXECUTE FUNCTION "mixcast_data_changed"();
CREATE TRIGGER "dataset_version_changed" AFTER INSERT OR UPDATE OR DELETE ON "dataset_version" FOR EACH STATEMENT EXECUTE FUNCTION "mixcast_data_changed"();
-- Only champion and status changes: progress updates during a fit must not empty every cache.
CREATE TRIGGER "model_run_changed" AFTER INSERT OR DELETE OR UPDATE OF "isChampion", "status" ON "model_run" FOR EACH STATEMENT EXECUTE FUNCTION "mixcast_data_changed"();
CREATE TRIGGER "scenario_changed" AFTER INSERT OR UPDATE OR DELETE ON "scenario" FOR EACH STATEMENT EXECUTE FUNCTION "mixcast_data_changed"();
CREATE TRIGGER "alert_changed" AFTER INSERT OR UPDATE OR DELETE ON "alert" FOR EACH STATEMENT EXECUTE FUNCTION "mixcast_data_changed"();
CREATE TRIGGER "setting_changed" AFTER INSERT OR UPDATE OR DELETE ON "setting" FOR EACH STATEMENT EXECUTE FUNCTION "mixcast_data_changed"();

-- Not on bookkeeping updates (a session's sliding expiry, a token's last use, a user's last sign-in): those happen
-- all the time and change nobody's rights.
CREATE TRIGGER "session_changed" AFTER DELETE OR UPDATE OF "userId" ON "session" FOR EACH STATEMENT EXECUTE FUNCTION "mixcast_auth_changed"();
CREATE TRIGGER "app_user_changed" AFTER DELETE OR UPDATE OF "role", "disabled", "email", "passwordHash" ON "app_user" FOR EACH STATEMENT EXECUTE FUNCTION "mixcast_auth_changed"();
CREATE TRIGGER "api_token_changed" AFTER DELETE OR UPDATE OF "revokedAt", "scope", "expiresAt", "userId" ON "api_token" FOR EACH STATEMENT EXECUTE FUNCTION "mixcast_auth_changed"();

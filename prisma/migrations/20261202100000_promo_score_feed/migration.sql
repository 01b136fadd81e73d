-- The promo planner's "Recently scored" table changes with every score (issue 16): a notification per written batch,
-- on its own channel class ("scores:"), so only what shows score history is forgotten — a busy scoring API writes a
-- batch every 250 ms, which must not empty every other page's cache. One NOTIFY per statement, not per row.
CREATE FUNCTION "mixcast_scores_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('mixcast_changes', 'scores:' || TG_TABLE_NAME);
  RETURN NULL;
END $$;

CREATE TRIGGER "promo_score_changed" AFTER INSERT OR UPDATE OR DELETE ON "promo_score" FOR EACH STATEMENT EXECUTE FUNCTION "mixcast_scores_changed"();

import "server-only";
import { randomUUID } from "node:crypto";
import { dataEpoch } from "../../db/change-feed";
import { prisma } from "../../db/client";
import { memo } from "../memo";
import { queueScoreRows } from "./promo-score-log";
import { buildPromoContext, scorePromotions, type PlannedPromo, type PromoContext, type PromoModel, type PromotionScore } from "../../promo";
import { matchPromoValues, promoVocabulary, type PromoValueProblem, type PromoVocabulary } from "../../promo/match-promo-values";
import { fetchActiveDataset } from "../reads/datasets";
import { fetchPromoData } from "../reads/promo-training-data";
import { plannedPromoToWire } from "../../promo/promo-score-wire";
import { promoRunArtifactsSchema } from "../../runs/promo";

/** No champion promo model yet: scoring needs a fitted model (HTTP 409 / a message pointing at the fit button). */
export class NoPromoModelError extends Error {
  constructor(message = "No promo model has been fitted yet. Fit one on the Promo planner page (or wait for the first fit to finish), then score again.") {
    super(message);
    this.name = "NoPromoModelError";
  }
}

/**
 * Some planned promos name a category, region or promo type the model does not know: nothing is scored or stored.
 * `problems[i].index` points into the promos passed in; each caller turns them into its own row or field errors.
 */
export class PromoValueError extends Error {
  constructor(public readonly problems: PromoValueProblem[]) {
    super(problems.map((p) => p.reason).join("; "));
    this.name = "PromoValueError";
  }
}

export type PromoScorer = { runId: number; datasetId: number; model: PromoModel; context: PromoContext; vocabulary: PromoVocabulary };

/**
 * Loaded models and their indexed contexts, keyed by run id: a run's model never changes, so the ~10k promotions and
 * revenue weeks are read and indexed once per champion, not per request (that is what keeps a 1,000-row CSV fast).
 * A new import is followed by a refit, whose new run id replaces the entry. Two entries cover a champion change.
 */
const scorers = new Map<number, Promise<PromoScorer>>();
const MAX_CACHED = 2;

export async function loadPromoScorer(datasetId?: number): Promise<PromoScorer> {
  const id = datasetId ?? (await fetchActiveDataset())?.id;
  if (id === undefined) throw new NoPromoModelError("No dataset exists yet, so there is no promo model to score with.");
  // No query on the hot path: the champion's id is cached until the change feed reports a change (dataEpoch).
  const champion = await memo(`champion:${id}:promo:${dataEpoch()}`, 10 * 60_000, () =>
    prisma().modelRun.findFirst({
      where: { datasetId: id, kind: "promo", isChampion: true, status: "succeeded" },
      orderBy: { finishedAt: "desc" },
      select: { id: true },
    }),
  );
  if (!champion) throw new NoPromoModelError();
  let scorer = scorers.get(champion.id);
  if (!scorer) {
    scorer = (async () => {
      const run = await prisma().modelRun.findUniqueOrThrow({ where: { id: champion.id }, select: { artifacts: true } });
      const artifacts = promoRunArtifactsSchema.safeParse(run.artifacts);
      const model = artifacts.success ? artifacts.data.model : null;
      if (!model || model.version !== 1) throw new NoPromoModelError(`Run #${champion.id} has no promo model stored; fit the promo model again.`);
      const data = await fetchPromoData(id);
      return {
        runId: champion.id,
        datasetId: id,
        model,
        context: buildPromoContext(data.promotions, data.regionRevenue, data.holidays),
        vocabulary: promoVocabulary(model, data.promotions),
      };
    })();
    scorer.catch(() => scorers.delete(champion.id));
    scorers.set(champion.id, scorer);
    while (scorers.size > MAX_CACHED) scorers.delete(scorers.keys().next().value as number);
  }
  return scorer;
}

export type PromoScoreSource = "form" | "csv" | "api" | "cli";

/**
 * Category, region and promo type matched against what the champion model knows (case-insensitive; the known
 * spelling comes back). Used by every scoring path through scoreAndStorePromos, and by the CSV check.
 * @throws {PromoValueError} when a value is unknown; {NoPromoModelError} when there is no model to ask
 */
export async function resolvePromoValues(promos: readonly PlannedPromo[], datasetId?: number): Promise<PlannedPromo[]> {
  const scorer = await loadPromoScorer(datasetId);
  const matched = matchPromoValues(promos, scorer.vocabulary);
  if (!matched.ok) throw new PromoValueError(matched.problems);
  return matched.promos;
}

/**
 * Scores planned promos with the champion model and stores one PromoScore row each (one batch id per call), so every
 * decision shown or returned can be traced to its run. The same function serves the form, the CSV upload, the API
 * and the CLI. Category, region and promo type must be values the model knows (else PromoValueError, nothing stored).
 */
export async function scoreAndStorePromos(
  promos: readonly PlannedPromo[],
  options: { source: PromoScoreSource; createdBy?: string; datasetId?: number; sweep?: boolean },
): Promise<{ runId: number; batchId: string; scores: PromotionScore[]; promos: readonly PlannedPromo[] }> {
  const scorer = await loadPromoScorer(options.datasetId);
  const matched = matchPromoValues(promos, scorer.vocabulary);
  if (!matched.ok) throw new PromoValueError(matched.problems);
  promos = matched.promos;
  const scores = scorePromotions(scorer.model, promos, scorer.context, options.sweep === false ? { sweep: false } : {});
  const batchId = randomUUID();
  const rows = scores.map((s, i) => ({
    runId: scorer.runId,
    batchId,
    promotionId: promos[i].promotionId ?? "",
    input: plannedPromoToWire(promos[i]) as object,
    pSells: s.pSells,
    uplift: s.uplift,
    roi: s.roi,
    decision: s.decision,
    reasons: s.reasons.map((r) => r.text),
    source: options.source,
    createdBy: options.createdBy ?? "system",
  }));
  if (options.source === "api") {
    // The API's hot path: answer now, write the history in the next batch (promo-score-log.ts).
    queueScoreRows(rows);
  } else {
    const db = prisma();
    // Score history is a log of answers already given: it may commit without waiting for the WAL flush (PostgreSQL's
    // synchronous_commit = off, this transaction only). A database crash can lose the last fraction of a second of
    // history but never half-write it.
    await db.$transaction([db.$executeRaw`SET LOCAL synchronous_commit TO OFF`, db.promoScore.createMany({ data: rows })]);
  }
  return { runId: scorer.runId, batchId, scores, promos };
}

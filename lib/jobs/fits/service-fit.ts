import { fetchServiceInteractions } from "../../data/reads/service-interactions";
import { rankOpenInteractions } from "../../service/ranked-interactions";
import { trueLowSatisfactionProbability } from "../../demo";
import { buildServiceHistory, evaluateServiceModelAgainstTruth, scoreInteractions, trainServiceModel } from "../../service";
import type { FitRunner } from "../fit-runner";
import type { z } from "zod";
import { SERVICE_RUN_CONTRACT, type serviceRunArtifactsSchema, type serviceRunMetricsSchema } from "../../runs/service";

const numberParam = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

/**
 * Service-risk fit: trains the low-satisfaction classifier on closed interactions, then scores the interactions that
 * are open right now and stores them ranked in the artifacts, so the Service risk page lists them without computing.
 * On the demo it also grades the model against the true mechanism on the time-split validation slice.
 */
export const runServiceFit: FitRunner = async (ctx) => {
  const params = { seed: numberParam(ctx.params.seed, 1), validationFraction: numberParam(ctx.params.validationFraction, 0.2) };
  await ctx.progress(0.02, "loading service interactions");
  const { isDemo, rows } = await fetchServiceInteractions(ctx.datasetId);
  const closed = rows.filter((r) => r.satisfaction !== null);
  const open = rows.filter((r) => r.satisfaction === null);
  await ctx.log(`${closed.length} closed and ${open.length} open interactions`);

  await ctx.progress(0.1, `training on ${closed.length} closed interactions`);
  const { model, metrics } = trainServiceModel(closed, params);
  const v = metrics.validation;
  await ctx.log(`classifier ${metrics.chosen}: validation AUC ${v.auc.toFixed(3)}, F1 at High ${v.atHigh.f1.toFixed(3)}`);

  await ctx.progress(0.7, `scoring ${open.length} open interactions`);
  const history = buildServiceHistory(closed);
  const ranked = rankOpenInteractions(open, scoreInteractions(model, open, history));

  let truth = null;
  if (isDemo) {
    await ctx.progress(0.85, "grading against the demo's true satisfaction mechanism");
    // The latest `validate` closed interactions: the slice the model was validated on, not fitted on.
    const slice = [...closed]
      .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0))
      .slice(closed.length - metrics.sizes.validate);
    truth = {
      ...evaluateServiceModelAgainstTruth(model, slice, history, (r) => trueLowSatisfactionProbability(r)),
      evaluatedOn: `the latest ${slice.length.toLocaleString("en-US")} closed interactions (the validation slice)`,
    };
    await ctx.log(`truth: Spearman ${truth.spearman.toFixed(3)}, AUC ${truth.aucObserved.toFixed(3)} vs oracle ${truth.aucOracle.toFixed(3)}`);
  }

  await ctx.progress(0.95, "saving");
  return {
    // The service run contract (lib/runs/service.ts): what every reader parses.
    metrics: {
      contract: SERVICE_RUN_CONTRACT,
      // Headline numbers at the High cut-off (the escalation flag); the engine's full report follows.
      auc: v.auc,
      precision: v.atHigh.precision,
      recall: v.atHigh.recall,
      f1: v.atHigh.f1,
      brier: v.brier,
      ...metrics,
      truth,
    } satisfies z.input<typeof serviceRunMetricsSchema>,
    artifacts: { model, openInteractions: ranked, scoredAt: new Date().toISOString(), openCount: ranked.length } satisfies z.input<
      typeof serviceRunArtifactsSchema
    >,
    params,
  };
};

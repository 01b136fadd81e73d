import type { Adstock } from "../types";

/**
 * One sentence for the carryover chart on which carryover family the fit used, so a reader knows whether a peak after
 * the week of spend is something the model could have shown. Why say it: since the tenth session the national model
 * chooses between geometric and Weibull-pdf by BIC (fitMarketingMixModel, adstock "auto"), so the family is a finding
 * of the fit, not a fixed setting.
 * @example adstockFamilyNote("weibull-pdf") // "Carryover family: Weibull-pdf, which lets a channel's effect peak weeks after the spend."
 */
export function adstockFamilyNote(family: Adstock["type"]): string {
  switch (family) {
    case "geometric":
      return "Carryover family: geometric decay, largest in the week of spend and fading by a fixed rate.";
    case "weibull-pdf":
      return "Carryover family: Weibull-pdf, which lets a channel's effect peak weeks after the spend.";
    case "weibull-cdf":
      return "Carryover family: Weibull-cdf decay, largest in the week of spend and fading at a rate that changes over the weeks.";
  }
}

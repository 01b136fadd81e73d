"use server";

import { z } from "zod";
import { decodeCsvBytes } from "../csv/read-csv";
import { NoPromoModelError, PromoValueError, resolvePromoValues, scoreAndStorePromos } from "../data/writes/promo-scoring";
import { plannedPromoToWire, promoScoreToWire, type PromoScoreWire } from "../promo/promo-score-wire";
import { parsePlannedPromosCsv, type PlannedPromoCsvError, type PlannedPromoInput } from "../promo";
import type { PromoValueProblem } from "../promo/match-promo-values";
import type { ActionResult } from "./action-result";
import { defineAction } from "./define-action";

export type ScoredPromoRow = { input: PlannedPromoInput; score: PromoScoreWire };

export type PromoCsvOutcome =
  | { valid: false; fileName: string; errors: PlannedPromoCsvError[]; errorCount: number }
  | { valid: true; checked: true; fileName: string; rowCount: number; note?: string }
  | { valid: true; checked?: false; fileName: string; runId: number; batchId: string; rows: ScoredPromoRow[] };

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_SHOWN_ERRORS = 200;

/** Unknown category / region / promo type as row errors (rows are all valid by then, so row = index + 2). */
function valueErrors(problems: PromoValueProblem[]): PlannedPromoCsvError[] {
  return problems.map((p) => ({ row: p.index + 2, column: p.field, reason: p.reason, message: `row ${p.index + 2}, column ${p.field}: ${p.reason}` }));
}

const isCheck = (formData: FormData) => formData.get("mode") === "check";

/**
 * Scores an uploaded CSV of planned promos, all or nothing: any bad row and nothing is scored or stored; the
 * row-level problems come back for the page to list (the Data page's pattern). The file is read by the one CSV
 * reader and cell rules (lib/csv), and category, region and promo type must be values the model knows.
 * `mode=check` only validates (any signed-in user; nothing is scored or stored); scoring stores the scores and
 * needs the planner role.
 */
export const scorePromoCsv = defineAction(
  {
    role: (formData: FormData) => (isCheck(formData) ? "viewer" : "planner"),
    read: (formData: FormData) => ({ check: isCheck(formData), file: formData.get("file") }),
    schema: z.object({ check: z.boolean(), file: z.unknown() }),
    failure: "The file could not be scored; nothing was stored. Try again, and if it keeps failing check the server log.",
    revalidate: (input) => (input.check ? null : "/promos"),
  },
  async function scorePromoCsv({ check, file }, { user }): Promise<ActionResult<PromoCsvOutcome>> {
    if (!(file instanceof File) || file.size === 0) return { ok: false, error: "Choose a non-empty CSV file.", fieldErrors: { file: ["Choose a CSV file"] } };
    if (file.size > MAX_BYTES)
      return { ok: false, error: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`, fieldErrors: { file: ["File too large"] } };
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok)
      return {
        ok: true,
        data: { valid: false, fileName: file.name, errors: [{ row: 0, column: "(file)", reason: decoded.error, message: decoded.error }], errorCount: 1 },
      };
    const parsed = parsePlannedPromosCsv(decoded.text);
    const invalid = (errors: PlannedPromoCsvError[]): ActionResult<PromoCsvOutcome> => ({
      ok: true,
      data: { valid: false, fileName: file.name, errors: errors.slice(0, MAX_SHOWN_ERRORS), errorCount: errors.length },
    });
    if (!parsed.ok) return invalid(parsed.errors);
    try {
      if (check) {
        await resolvePromoValues(parsed.rows);
        return { ok: true, data: { valid: true, checked: true, fileName: file.name, rowCount: parsed.rows.length } };
      }
      const result = await scoreAndStorePromos(parsed.rows, { source: "csv", createdBy: user.email });
      return {
        ok: true,
        data: {
          valid: true,
          fileName: file.name,
          runId: result.runId,
          batchId: result.batchId,
          rows: result.promos.map((promo, i) => ({ input: plannedPromoToWire(promo), score: promoScoreToWire(result.scores[i]) })),
        },
      };
    } catch (error) {
      // Expected refusals become row errors or a note here (they need the file); anything else goes to the wrapper.
      if (error instanceof PromoValueError) return invalid(valueErrors(error.problems));
      if (error instanceof NoPromoModelError) {
        if (check)
          return {
            ok: true,
            data: {
              valid: true,
              checked: true,
              fileName: file.name,
              rowCount: parsed.rows.length,
              note: "Categories, regions and promo types are checked once a promo model is fitted.",
            },
          };
        return { ok: false, error: error.message };
      }
      throw error;
    }
  },
);

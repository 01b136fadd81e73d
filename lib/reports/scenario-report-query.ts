import { z } from "zod";
import { BASELINE_KEY } from "../planner/scenario-predicted";

/** `?ids=baseline,3,4&baseline=baseline` of the scenario report page and its PDF: 2–4 scenario ids or "baseline". */
export const scenarioReportQuerySchema = z.object({
  ids: z
    .string({ error: "ids is required, e.g. ids=baseline,3,4" })
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .refine((ids) => ids.every((id) => id === BASELINE_KEY || /^\d{1,9}$/.test(id)), `ids must be scenario ids or "${BASELINE_KEY}"`)
    .refine((ids) => ids.length >= 2 && ids.length <= 4, "Compare 2 to 4 scenarios"),
  baseline: z.string().optional(),
});

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fetchActiveDataset } from "../data/datasets";
import { DOMAINS, domainKindSchema } from "../data/domains";
import { importCsv } from "../data/import-csv";
import { suggestMapping } from "../data/suggest-mapping";
import { decodeCsvBytes, readCsv } from "../csv/read-csv";
import type { RowError } from "../data/validate-import";
import { logger } from "../monitoring/logger";
import type { ActionResult } from "./action-result";
import { checkRole } from "../auth/current-user";

/**
 * Preview (validate only) or commit an uploaded CSV. One action for both so preview and import can never disagree
 * on the rules: the only difference is `commit`. Any signed-in user may preview (it writes nothing); importing
 * needs the admin role.
 */
const inputSchema = z.object({
  kind: domainKindSchema,
  commit: z.enum(["true", "false"]).transform((v) => v === "true"),
  mapping: z
    .string()
    .default("{}")
    .transform((s, ctx) => {
      try {
        return z.record(z.string(), z.string()).parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: "custom", message: "Column mapping is not valid" });
        return z.NEVER;
      }
    }),
});

export type ImportPreview = {
  fileName: string;
  fileColumns: string[];
  expectedColumns: { column: string; required: boolean; description: string }[];
  mapping: Record<string, string>;
  valid: boolean;
  fatal?: string;
  errors: RowError[];
  errorCount: number;
  rowCount?: number;
  sample?: Record<string, unknown>[];
  newChannels?: string[];
  newRegions?: string[];
  ignoredColumns?: string[];
  written?: { status: "imported" | "duplicate"; version: number; inserted?: number; updated?: number; reappliesVersion?: number };
};

export async function importData(formData: FormData): Promise<ActionResult<ImportPreview>> {
  // Authorization on the server: the UI disabling a button is not a permission check.
  const auth = await checkRole(formData.get("commit") === "true" ? "admin" : "viewer");
  if (!auth.ok) return auth;
  const parsed = inputSchema.safeParse({ kind: formData.get("kind"), commit: formData.get("commit") ?? "false", mapping: formData.get("mapping") ?? "{}" });
  if (!parsed.success) return { ok: false, error: "Choose a data domain.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: "Choose a non-empty CSV file.", fieldErrors: { file: ["Choose a CSV file"] } };
  const { kind, commit } = parsed.data;
  try {
    const dataset = await fetchActiveDataset();
    if (!dataset) return { ok: false, error: "No dataset exists yet. Restart Mixcast to seed the demo dataset." };
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const spec = DOMAINS[kind];
    const expectedColumns = spec.columns.map((c) => ({ column: c.column, required: c.required, description: c.description }));
    if (!decoded.ok) return { ok: true, data: { fileName: file.name, fileColumns: [], expectedColumns, mapping: {}, valid: false, fatal: decoded.error, errors: [], errorCount: 0 } };
    // The header as the one CSV reader sees it (lib/csv); a file it cannot read gets its reason from importCsv below.
    const read = readCsv(decoded.text);
    const fileColumns = read.ok ? read.table.header.filter(Boolean) : [];
    const mapping = Object.keys(parsed.data.mapping).length ? parsed.data.mapping : suggestMapping(kind, fileColumns);
    const outcome = await importCsv({ datasetId: dataset.id, kind, text: decoded.text, mapping, fileName: file.name, source: "upload", createdBy: auth.user.email, commit });
    const base = { fileName: file.name, fileColumns, expectedColumns, mapping };
    if (!outcome.ok) {
      return { ok: true, data: { ...base, valid: false, fatal: outcome.failed.fatal, errors: outcome.failed.errors, errorCount: outcome.failed.errorCount } };
    }
    const v = outcome.validated;
    const written = outcome.written && (outcome.written.status === "imported" ? { status: "imported" as const, version: outcome.written.version, inserted: outcome.written.inserted, updated: outcome.written.updated, reappliesVersion: outcome.written.reappliesVersion } : { status: "duplicate" as const, version: outcome.written.version });
    if (written) revalidatePath("/", "layout");
    return { ok: true, data: { ...base, valid: true, errors: [], errorCount: 0, rowCount: v.rowCount, sample: v.sample, newChannels: v.newChannels, newRegions: v.newRegions, ignoredColumns: v.ignoredColumns, written } };
  } catch (error) {
    logger.error("import failed", { kind, error: String(error) });
    return { ok: false, error: "The import could not be saved; nothing was written. Try again, and if it keeps failing check the server log." };
  }
}

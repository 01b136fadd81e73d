"use server";

import { z } from "zod";
import { decodeCsvBytes, readCsv } from "../csv/read-csv";
import { fetchActiveDataset } from "../data/reads/datasets";
import { DOMAINS, domainKindSchema } from "../csv/domains";
import { importCsv } from "../data/writes/import-csv";
import { suggestMapping } from "../csv/suggest-mapping";
import type { RowError } from "../csv/validate-import";
import type { ActionResult } from "./action-result";
import { defineAction } from "./define-action";

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
  file: z.unknown(),
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

/**
 * Preview (validate only) or commit an uploaded CSV. One action for both so preview and import can never disagree
 * on the rules: the only difference is `commit`. Any signed-in user may preview (it writes nothing); importing
 * needs the admin role.
 */
export const importData = defineAction(
  {
    role: (formData: FormData) => (formData.get("commit") === "true" ? "admin" : "viewer"),
    read: (formData: FormData) => ({
      kind: formData.get("kind"),
      commit: formData.get("commit") ?? "false",
      mapping: formData.get("mapping") ?? "{}",
      file: formData.get("file"),
    }),
    schema: inputSchema,
    invalid: "Choose a data domain.",
    failure: "The import could not be saved; nothing was written. Try again, and if it keeps failing check the server log.",
    // Only a commit can change data (a preview writes nothing).
    revalidate: (input) => (input.commit ? ["/", "layout"] : null),
  },
  async function importData({ kind, commit, mapping: chosen, file }, { user }): Promise<ActionResult<ImportPreview>> {
    if (!(file instanceof File) || file.size === 0) return { ok: false, error: "Choose a non-empty CSV file.", fieldErrors: { file: ["Choose a CSV file"] } };
    const dataset = await fetchActiveDataset();
    if (!dataset) return { ok: false, error: "No dataset exists yet. Restart Mixcast to seed the demo dataset." };
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const spec = DOMAINS[kind];
    const expectedColumns = spec.columns.map((c) => ({ column: c.column, required: c.required, description: c.description }));
    if (!decoded.ok)
      return {
        ok: true,
        data: { fileName: file.name, fileColumns: [], expectedColumns, mapping: {}, valid: false, fatal: decoded.error, errors: [], errorCount: 0 },
      };
    // The header as the one CSV reader sees it (lib/csv); a file it cannot read gets its reason from importCsv below.
    const read = readCsv(decoded.text);
    const fileColumns = read.ok ? read.table.header.filter(Boolean) : [];
    const mapping = Object.keys(chosen).length ? chosen : suggestMapping(kind, fileColumns);
    const outcome = await importCsv({
      datasetId: dataset.id,
      kind,
      text: decoded.text,
      mapping,
      fileName: file.name,
      source: "upload",
      createdBy: user.email,
      commit,
    });
    const base = { fileName: file.name, fileColumns, expectedColumns, mapping };
    if (!outcome.ok) {
      return { ok: true, data: { ...base, valid: false, fatal: outcome.failed.fatal, errors: outcome.failed.errors, errorCount: outcome.failed.errorCount } };
    }
    const v = outcome.validated;
    const written =
      outcome.written &&
      (outcome.written.status === "imported"
        ? {
            status: "imported" as const,
            version: outcome.written.version,
            inserted: outcome.written.inserted,
            updated: outcome.written.updated,
            reappliesVersion: outcome.written.reappliesVersion,
          }
        : { status: "duplicate" as const, version: outcome.written.version });
    return {
      ok: true,
      data: {
        ...base,
        valid: true,
        errors: [],
        errorCount: 0,
        rowCount: v.rowCount,
        sample: v.sample,
        newChannels: v.newChannels,
        newRegions: v.newRegions,
        ignoredColumns: v.ignoredColumns,
        written,
      },
    };
  },
);

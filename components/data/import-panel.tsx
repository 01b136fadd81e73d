"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { RoleHint, usePermission } from "@/components/auth/role-context";
import { Button } from "@/components/ui/button";
import { RowErrorsTable } from "@/components/ui/row-errors-table";
import { importData, type ImportPreview } from "@/lib/actions/import-data";

type Kind = { kind: string; label: string; description: string; columns: { column: string; required: boolean }[] };

/**
 * Upload → preview (column mapping + validation, nothing written) → import (one transaction). The chosen file
 * stays in memory so changing the mapping re-validates without choosing it again.
 */
export function ImportPanel({ kinds }: { kinds: Kind[] }) {
  const router = useRouter();
  const [kind, setKind] = useState(kinds[0]?.kind ?? "demand");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const current = kinds.find((k) => k.kind === kind);
  const canImport = usePermission("admin");

  const send = (commit: boolean, mapping?: Record<string, string>) => {
    if (!file) {
      setError("Choose a CSV file first.");
      return;
    }
    const fd = new FormData();
    fd.set("kind", kind);
    fd.set("file", file);
    fd.set("commit", String(commit));
    if (mapping) fd.set("mapping", JSON.stringify(mapping));
    setError(null);
    startTransition(async () => {
      const result = await importData(fd);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setPreview(result.data);
      if (result.data.written) router.refresh();
    });
  };

  const remap = (expected: string, fileColumn: string) => {
    if (!preview) return;
    const next: Record<string, string> = {};
    for (const [f, e] of Object.entries(preview.mapping)) if (e !== expected && f !== fileColumn) next[f] = e;
    if (fileColumn) next[fileColumn] = expected;
    send(false, next);
  };
  const mappedFrom = (expected: string) =>
    Object.entries(preview?.mapping ?? {}).find(([, e]) => e === expected)?.[0] ?? (preview?.fileColumns.includes(expected) ? expected : "");

  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          send(false);
        }}
      >
        <div className="text-sm">
          <label htmlFor="import-kind" className="mb-1 block text-xs font-medium text-slate-600">
            Data domain
          </label>
          <select
            id="import-kind"
            name="kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value);
              setPreview(null);
            }}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {kinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="import-file" className="mb-1 block text-xs font-medium text-slate-600">
            CSV file (UTF-8)
          </label>
          <input
            id="import-file"
            type="file"
            name="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
            }}
            className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending || !file}>
          {pending ? "Checking…" : "Preview"}
        </Button>
      </form>
      <p className="text-xs text-slate-500">
        {current?.description} Expected header: <code className="break-all rounded bg-slate-100 px-1">{current?.columns.map((c) => c.column).join(",")}</code>{" "}
        (optional:{" "}
        {current?.columns
          .filter((c) => !c.required)
          .map((c) => c.column)
          .join(", ") || "none"}
        ). Dates as YYYY-MM-DD; weeks by their Monday. Nothing is written until the whole file is valid and you press Import.
      </p>
      {error && (
        <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      )}
      {preview && (
        <div className="flex flex-col gap-4" aria-live="polite">
          {preview.fileColumns.length > 0 && (
            <div>
              <h3 className="mb-2 text-sm font-semibold">Column mapping</h3>
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {preview.expectedColumns.map((c) => (
                  <label key={c.column} className="flex items-center justify-between gap-2 rounded-md border border-slate-200 px-2 py-1.5 text-sm">
                    <span>
                      <code>{c.column}</code>
                      {c.required && <span className="text-rose-600"> *</span>}
                      <span className="block text-xs text-slate-500">{c.description}</span>
                    </span>
                    <select
                      aria-label={`File column for ${c.column}`}
                      value={mappedFrom(c.column)}
                      onChange={(e) => remap(c.column, e.target.value)}
                      className="max-w-40 rounded border border-slate-300 px-1 py-1 text-xs"
                    >
                      <option value="">— not in file —</option>
                      {preview.fileColumns.map((f) => (
                        <option key={f} value={f}>
                          {f}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
            </div>
          )}
          {preview.valid ? (
            <div className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
              {preview.written ? (
                preview.written.status === "duplicate" ? (
                  <p>This exact data was already imported as version {preview.written.version} and is what is in effect. Nothing changed.</p>
                ) : (
                  <p>
                    Imported as version {preview.written.version}: {preview.written.inserted?.toLocaleString("en-US")} new rows,{" "}
                    {preview.written.updated?.toLocaleString("en-US")} updated
                    {preview.written.reappliesVersion ? `, applying again the content of version ${preview.written.reappliesVersion}` : ""}.
                  </p>
                )
              ) : (
                <>
                  <p>
                    <strong>{preview.rowCount?.toLocaleString("en-US")} rows are valid.</strong>{" "}
                    {preview.newChannels?.length ? <>New channels will be added: {preview.newChannels.join(", ")}. </> : null}
                    {preview.newRegions?.length ? <>New regions will be added: {preview.newRegions.join(", ")}. </> : null}
                    {preview.ignoredColumns?.length ? <>Ignored columns: {preview.ignoredColumns.join(", ")}.</> : null}
                  </p>
                  <div className="mt-2 flex flex-wrap items-center gap-2">
                    <Button onClick={() => send(true, preview.mapping)} disabled={pending || !canImport.allowed} {...canImport.control}>
                      {pending ? "Importing…" : `Import ${preview.rowCount?.toLocaleString("en-US")} rows`}
                    </Button>
                    <RoleHint permission={canImport} />
                  </div>
                </>
              )}
            </div>
          ) : (
            <div role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900">
              {preview.fatal ? (
                <p>{preview.fatal}</p>
              ) : (
                <>
                  <p className="mb-2">
                    <strong>
                      {preview.errorCount.toLocaleString("en-US")} problem{preview.errorCount === 1 ? "" : "s"} found; nothing was imported.
                    </strong>{" "}
                    Fix the file and preview again.
                    {preview.errorCount > preview.errors.length && ` Showing the first ${preview.errors.length}.`}
                  </p>
                  <RowErrorsTable errors={preview.errors} testId="import-errors" />
                </>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}

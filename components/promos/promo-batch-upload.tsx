"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { RoleHint, usePermission } from "@/components/auth/role-context";
import { Button } from "@/components/ui/button";
import { scorePromoCsv, type PromoCsvOutcome } from "@/lib/actions/score-promo-csv";
import { PLANNED_PROMO_CSV_COLUMNS } from "@/lib/promo/planned-promo-schema";
import { ScoredPromoTable } from "./scored-promo-table";
import { RowErrorsTable } from "@/components/ui/row-errors-table";

/** CSV of planned promos → all scored, or the row-level problems and nothing scored. */
export function PromoBatchUpload() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<PromoCsvOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const canScore = usePermission("planner");
  const send = (mode: "check" | "score") => {
    if (!file) {
      setError("Choose a CSV file first.");
      return;
    }
    const fd = new FormData();
    fd.set("file", file);
    fd.set("mode", mode);
    setError(null);
    startTransition(async () => {
      const r = await scorePromoCsv(fd);
      if (!r.ok) {
        setError(r.error);
        setOutcome(null);
        return;
      }
      setOutcome(r.data);
      if (r.data.valid && !r.data.checked) router.refresh();
    });
  };

  return (
    <div className="flex flex-col gap-3">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          send(canScore.allowed ? "score" : "check");
        }}
      >
        <div className="text-sm">
          <label htmlFor="promo-csv" className="mb-1 block text-xs font-medium text-slate-600">
            Planned promos CSV
          </label>
          <input
            id="promo-csv"
            type="file"
            name="file"
            accept=".csv,text/csv"
            aria-describedby="promo-csv-help"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
            className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
          />
        </div>
        <Button type="button" variant="secondary" disabled={pending || !file} onClick={() => send("check")}>
          Check file
        </Button>
        <span className="inline-flex flex-col">
          <Button type="button" disabled={pending || !file || !canScore.allowed} {...canScore.control} onClick={() => send("score")}>
            {pending ? "Working…" : "Score file"}
          </Button>
          <RoleHint permission={canScore} />
        </span>
        <a href="/promos/sample.csv" download className="text-sm text-brand-600 underline">
          Download a sample CSV
        </a>
      </form>
      <p id="promo-csv-help" className="text-xs text-slate-500">
        Header: <code className="break-all rounded bg-slate-100 px-1">{PLANNED_PROMO_CSV_COLUMNS.join(",")}</code>. Discount in %, duration in days, start as
        YYYY-MM-DD, cost in USD; promotion_id may be blank. Every row is checked first: one bad row and nothing is scored. Up to 10,000 rows.
      </p>
      {error && (
        <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      )}
      {outcome && !outcome.valid && (
        <div role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900">
          <p className="mb-2">
            <strong>
              {outcome.errorCount.toLocaleString("en-US")} problem{outcome.errorCount === 1 ? "" : "s"} found in {outcome.fileName}; nothing was scored.
            </strong>{" "}
            Fix the file and score again.{outcome.errorCount > outcome.errors.length && ` Showing the first ${outcome.errors.length}.`}
          </p>
          <RowErrorsTable errors={outcome.errors} testId="promo-csv-errors" showValue={false} />
        </div>
      )}
      {outcome?.valid && outcome.checked && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="promo-csv-checked">
          All {outcome.rowCount.toLocaleString("en-US")} rows of {outcome.fileName} are valid; nothing was scored or stored.
          {outcome.note ? ` ${outcome.note}` : ""}
        </p>
      )}
      {outcome?.valid && !outcome.checked && <ScoredPromoTable rows={outcome.rows} fileName={outcome.fileName} runId={outcome.runId} />}
    </div>
  );
}

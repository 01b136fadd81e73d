"use client";

import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ScoredPromoRow } from "@/lib/actions/score-promo-csv";
import { scoredPromosToCsv } from "@/lib/promo/promo-score-wire";
import { formatMoney, formatPercent, formatSignedPercent } from "@/lib/format";
import { toPlannedPromo } from "@/lib/promo/planned-promo-schema";
import { nextSort, sortScoredRows, type ScoredColumn, type SortState } from "./sort-rows";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

const COLUMNS: { column: ScoredColumn; label: string; numeric?: boolean; render: (r: ScoredPromoRow) => React.ReactNode }[] = [
  { column: "promotion_id", label: "Promo id", render: (r) => r.input.promotion_id ?? <span className="text-slate-400">—</span> },
  { column: "category", label: "Category", render: (r) => r.input.category },
  { column: "region", label: "Region", render: (r) => r.input.region },
  { column: "promo_type", label: "Type", render: (r) => r.input.promo_type },
  { column: "discount_pct", label: "Discount", numeric: true, render: (r) => `${r.input.discount_pct} %` },
  { column: "duration_days", label: "Days", numeric: true, render: (r) => r.input.duration_days },
  { column: "start_date", label: "Start", render: (r) => r.input.start_date },
  { column: "cost", label: "Cost", numeric: true, render: (r) => formatMoney(r.input.cost, "full") },
  { column: "p_sells", label: "P(sells)", numeric: true, render: (r) => formatPercent(r.score.p_sells) },
  { column: "uplift", label: "Uplift /day", numeric: true, render: (r) => formatMoney(r.score.uplift, "full") },
  { column: "roi", label: "ROI", numeric: true, render: (r) => formatSignedPercent(r.score.roi) },
  {
    column: "decision",
    label: "Decision",
    render: (r) => <Badge tone={r.score.decision === "go" ? "good" : "bad"}>{r.score.decision === "go" ? "GO" : "NO-GO"}</Badge>,
  },
];

/** Scored batch: click a header to sort (again to flip); download adds p_sells, uplift, roi, decision to the input columns. */
export function ScoredPromoTable({ rows, fileName, runId }: { rows: ScoredPromoRow[]; fileName: string; runId: number }) {
  const [sort, setSort] = useState<SortState | null>(null);
  const sorted = useMemo(() => (sort ? sortScoredRows(rows, sort) : rows), [rows, sort]);
  const go = rows.filter((r) => r.score.decision === "go").length;

  const download = () => {
    const csv = scoredPromosToCsv(rows.map((r) => ({ promo: toPlannedPromo(r.input), score: r.score })));
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${fileName.replace(/\.csv$/i, "")}-scored.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p>
          <strong>{rows.length.toLocaleString("en-US")} promos scored</strong> with run #{runId}: <Badge tone="good">{go} go</Badge>{" "}
          <Badge tone="bad">{rows.length - go} no-go</Badge>
        </p>
        <Button variant="secondary" className="ml-auto" onClick={download}>
          Download scored CSV
        </Button>
      </div>
      <div className="relative max-h-[28rem] overflow-auto rounded-md border border-slate-200">
        <Table size="xs" data-testid="scored-promos">
          <TableHead sticky tone="panel">
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.column}
                  scope="col"
                  aria-sort={sort?.column === c.column ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
                  className={`whitespace-nowrap px-2 py-1 font-medium ${c.numeric ? "text-right" : ""}`}
                >
                  <button
                    type="button"
                    onClick={() => setSort((s) => nextSort(s, c.column))}
                    className="inline-flex items-center gap-1 rounded outline-none hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-brand-500"
                  >
                    {c.label}
                    <span aria-hidden className="text-[10px]">
                      {sort?.column === c.column ? (sort.direction === "asc" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </TableHead>
          <TableBody className="tabular">
            {sorted.map((r, i) => (
              <TableRow key={`${r.input.promotion_id ?? ""}-${i}`}>
                {COLUMNS.map((c) => (
                  <td key={c.column} className={`whitespace-nowrap px-2 py-1 ${c.numeric ? "text-right" : ""}`}>
                    {c.render(r)}
                  </td>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

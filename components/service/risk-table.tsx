"use client";

import { Badge } from "@/components/ui/badge";
import { formatPercent } from "@/lib/format";
import type { RankedInteraction } from "@/lib/service/ranked-interactions";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

const TONE = { High: "bad", Medium: "warn", Low: "good" } as const;
const humanize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, " ");

/**
 * Open interactions, riskiest first, each with its level, probability and the three drivers behind it. A table from
 * sm up; on phones each row is a card (cells wrap, the reasons take the full width).
 * A client component so the page's RSC payload carries the rows' data (~0.3 KB each), not their rendered markup
 * (~2.5 KB each, which the HTML already holds): the Service page's payload halves (issue 16).
 */
export function RiskTable({ rows }: { rows: RankedInteraction[] }) {
  return (
    <div className="relative max-h-[40rem] overflow-auto">
      <Table className="block sm:table" data-testid="risk-table">
        <TableHead sticky small className="hidden sm:table-header-group">
          <tr>
            <th className="px-2 py-1 font-medium">Risk</th>
            <th className="px-2 py-1 text-right font-medium">P(low)</th>
            <th className="px-2 py-1 font-medium">Interaction</th>
            <th className="px-2 py-1 font-medium">Type · channel</th>
            <th className="px-2 py-1 font-medium">Region</th>
            <th className="px-2 py-1 text-right font-medium">Wait</th>
            <th className="w-2/5 px-2 py-1 font-medium">Why</th>
          </tr>
        </TableHead>
        <TableBody className="tabular block align-top sm:table-row-group">
          {rows.map((r) => (
            <TableRow key={r.interactionId} className="flex flex-wrap items-start gap-x-3 gap-y-1 py-2 sm:table-row sm:py-0">
              <td className="sm:table-cell sm:px-2 sm:py-1.5">
                <Badge tone={TONE[r.riskLevel]}>{r.riskLevel}</Badge>
              </td>
              <td className="font-medium sm:table-cell sm:px-2 sm:py-1.5 sm:text-right">
                {formatPercent(r.probability, 0)}
                <span className="text-xs font-normal text-slate-500 sm:hidden"> chance of a low rating</span>
              </td>
              <td className="w-full whitespace-nowrap sm:table-cell sm:w-auto sm:px-2 sm:py-1.5">
                <span className="font-mono text-xs">{r.interactionId}</span>
                <span className="block text-xs text-slate-500">{r.occurredAt.slice(0, 16).replace("T", " ")} UTC</span>
              </td>
              <td className="sm:table-cell sm:px-2 sm:py-1.5">
                {humanize(r.interactionType)}
                <span className="block text-xs text-slate-500">
                  {humanize(r.contactChannel)}
                  {r.isRepeatContact ? " · repeat contact" : ""}
                </span>
              </td>
              <td className="sm:table-cell sm:px-2 sm:py-1.5">
                <span className="text-xs text-slate-500 sm:hidden">Region </span>
                {r.region ? humanize(r.region) : "—"}
              </td>
              <td className="whitespace-nowrap sm:table-cell sm:px-2 sm:py-1.5 sm:text-right">
                <span className="text-xs text-slate-500 sm:hidden">Wait </span>
                {r.waitMinutes === null ? "—" : `${r.waitMinutes.toFixed(0)} min`}
              </td>
              <td className="w-full sm:table-cell sm:w-auto sm:px-2 sm:py-1.5">
                <ul className="space-y-0.5 text-xs text-slate-700">
                  {r.reasons.map((reason) => (
                    <li key={reason.feature}>
                      <span aria-hidden className={reason.effect >= 0 ? "text-rose-600" : "text-emerald-600"}>
                        {reason.effect >= 0 ? "▲ " : "▼ "}
                      </span>
                      <span className="sr-only">{reason.effect >= 0 ? "raises risk: " : "lowers risk: "}</span>
                      {reason.text}
                    </li>
                  ))}
                </ul>
              </td>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

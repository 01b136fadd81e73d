import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatMoney, formatPercent, formatSignedPercent } from "@/lib/format";
import type { PromoScoreHistoryRow } from "@/lib/data/reads/promo-score-history";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

const SOURCES: Record<string, string> = { form: "form", csv: "CSV", api: "API", cli: "CLI" };

export function PromoHistoryTable({ rows }: { rows: PromoScoreHistoryRow[] }) {
  return (
    <div className="relative max-h-[28rem] overflow-auto">
      <Table size="xs" data-testid="promo-history">
        <TableHead sticky>
          <tr>
            <th className="px-2 py-1 font-medium">Scored (UTC)</th>
            <th className="px-2 py-1 font-medium">Via</th>
            <th className="px-2 py-1 font-medium">Promo</th>
            <th className="px-2 py-1 font-medium">Category · region</th>
            <th className="px-2 py-1 text-right font-medium">Discount</th>
            <th className="px-2 py-1 text-right font-medium">Days</th>
            <th className="px-2 py-1 font-medium">Start</th>
            <th className="px-2 py-1 text-right font-medium">P(sells)</th>
            <th className="px-2 py-1 text-right font-medium">Uplift /day</th>
            <th className="px-2 py-1 text-right font-medium">ROI</th>
            <th className="px-2 py-1 font-medium">Decision</th>
            <th className="px-2 py-1 font-medium">Run</th>
          </tr>
        </TableHead>
        <TableBody className="tabular">
          {rows.map((r) => (
            <TableRow key={r.id}>
              <td className="px-2 py-1 whitespace-nowrap">{r.createdAt.slice(0, 16).replace("T", " ")}</td>
              <td className="px-2 py-1">{SOURCES[r.source] ?? r.source}</td>
              <td className="px-2 py-1">{r.promotionId || <span className="text-slate-400">—</span>}</td>
              <td className="px-2 py-1">
                {r.category} · {r.region}
              </td>
              <td className="px-2 py-1 text-right">{r.discountPct === null ? "—" : `${r.discountPct} %`}</td>
              <td className="px-2 py-1 text-right">{r.durationDays ?? "—"}</td>
              <td className="px-2 py-1 whitespace-nowrap">{r.startDate}</td>
              <td className="px-2 py-1 text-right">{formatPercent(r.pSells)}</td>
              <td className="px-2 py-1 text-right">{formatMoney(r.uplift, "full")}</td>
              <td className="px-2 py-1 text-right">{formatSignedPercent(r.roi)}</td>
              <td className="px-2 py-1">
                <Badge tone={r.decision === "go" ? "good" : "bad"}>{r.decision === "go" ? "GO" : "NO-GO"}</Badge>
              </td>
              <td className="px-2 py-1">
                <Link className="text-brand-600 underline" href={`/models?run=${r.runId}`}>
                  #{r.runId}
                </Link>
              </td>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

import type { DriverRelationship } from "@/lib/explore";
import { capitalize, formatR } from "./format-unit";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

const GROUP_LABELS: Record<string, string> = {
  spend: "Spend",
  impressions: "Impressions",
  clicks: "Clicks",
  promotions: "Promotions",
  campaigns: "Campaigns",
  macro: "Macro",
};

/** Every driver's correlations with the KPI; scrolls inside its card on narrow screens. */
export function CorrelationTable({ drivers }: { drivers: DriverRelationship[] }) {
  return (
    <div className="overflow-x-auto">
      <Table className="min-w-[640px]" data-testid="correlation-table">
        <TableHead small>
          <tr>
            <th className="py-1 pr-3 font-medium">Driver</th>
            <th className="py-1 pr-3 font-medium">Kind</th>
            <th className="py-1 pr-3 text-right font-medium">Pearson r</th>
            <th className="py-1 pr-3 text-right font-medium">95 % CI</th>
            <th className="py-1 pr-3 text-right font-medium">Spearman ρ</th>
            <th className="py-1 pr-3 text-right font-medium">95 % CI</th>
            <th className="py-1 pr-3 text-right font-medium">Peak lag</th>
            <th className="py-1 text-right font-medium">Weeks</th>
          </tr>
        </TableHead>
        <TableBody className="tabular">
          {drivers.map((d) => {
            const peak = d.lags.filter((l) => Number.isFinite(l.r)).sort((a, b) => Math.abs(b.r) - Math.abs(a.r))[0];
            const clear = d.pearson.low > 0 || d.pearson.high < 0;
            return (
              <TableRow key={d.key} data-driver={d.key}>
                <td className="py-1.5 pr-3">{capitalize(d.label)}</td>
                <td className="py-1.5 pr-3 text-slate-500">{GROUP_LABELS[d.group] ?? d.group}</td>
                <td className={`py-1.5 pr-3 text-right ${clear ? "font-semibold text-slate-900" : "text-slate-500"}`}>{formatR(d.pearson.r)}</td>
                <td className="py-1.5 pr-3 text-right text-slate-500">
                  {formatR(d.pearson.low)} to {formatR(d.pearson.high)}
                </td>
                <td className="py-1.5 pr-3 text-right">{formatR(d.spearman.r)}</td>
                <td className="py-1.5 pr-3 text-right text-slate-500">
                  {formatR(d.spearman.low)} to {formatR(d.spearman.high)}
                </td>
                <td className="py-1.5 pr-3 text-right">{peak ? `${peak.lag} wk (${formatR(peak.r)})` : "—"}</td>
                <td className="py-1.5 text-right">{d.n}</td>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

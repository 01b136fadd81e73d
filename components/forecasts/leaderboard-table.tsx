import { Badge } from "@/components/ui/badge";
import { InfoTip } from "@/components/ui/info-tip";
import { LEADERBOARD_COLUMNS, modelLabel, type MetricColumn } from "@/lib/forecast/view/leaderboard-columns";
import { formatNumber, formatPercent } from "@/lib/format";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

function cell(col: MetricColumn, v: number | null | undefined): string {
  if (typeof v !== "number" || !Number.isFinite(v)) return "—";
  if (col.unit === "percent") return `${v.toFixed(1)} %`;
  if (col.unit === "share") return formatPercent(v, 0);
  if (col.unit === "ratio") return v.toFixed(2);
  return Math.abs(v) >= 1000 ? formatNumber(v) : v.toFixed(1);
}

/** Every model's backtest accuracy for the series, best first (the engine's ranking), with the chosen and shown models marked. */
export function LeaderboardTable({ rows, chosen, shown }: { rows: { model: string; metrics: Record<string, number> }[]; chosen: string; shown: string }) {
  return (
    <div className="overflow-x-auto">
      <Table data-testid="leaderboard">
        <TableHead small>
          <tr>
            <th className="py-1 pr-2 font-medium">Model</th>
            {LEADERBOARD_COLUMNS.map((c) => (
              <th key={c.key} className="whitespace-nowrap px-1.5 py-1 text-right font-medium">
                <span className="inline-flex items-center gap-1">
                  {c.label} <InfoTip text={c.help} />
                </span>
              </th>
            ))}
          </tr>
        </TableHead>
        <TableBody className="tabular">
          {rows.map((r, i) => (
            <TableRow key={r.model} className={r.model === shown ? "bg-brand-50" : undefined}>
              <td className="py-1.5 pr-2">
                <span className="mr-1 text-xs text-slate-400">{i + 1}.</span>
                <span title={modelLabel(r.model)}>{r.model}</span> {r.model === chosen && <Badge tone="good">chosen</Badge>}{" "}
                {r.model === shown && r.model !== chosen && <Badge tone="warn">override</Badge>}
              </td>
              {LEADERBOARD_COLUMNS.map((c) => (
                <td key={c.key} className="px-1.5 py-1.5 text-right">
                  {cell(c, r.metrics[c.key])}
                </td>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

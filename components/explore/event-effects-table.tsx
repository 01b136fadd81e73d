import type { EventEffectRow } from "@/lib/explore";
import { formatInUnit } from "./format-unit";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

const signed = (v: number, unit: string) => (Number.isFinite(v) ? `${v >= 0 ? "+" : "−"}${formatInUnit(Math.abs(v), unit)}` : "—");

/** Holiday and promotion weeks against comparable weeks, with the difference and its Welch 95 % interval. */
export function EventEffectsTable({ rows, unit }: { rows: EventEffectRow[]; unit: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">No holidays or promotions in this dataset’s weeks.</p>;
  return (
    <div className="overflow-x-auto">
      <Table className="min-w-[720px]" data-testid="event-effects">
        <TableHead small>
          <tr>
            <th className="py-1 pr-3 font-medium">Event</th>
            <th className="py-1 pr-3 text-right font-medium">Event weeks</th>
            <th className="py-1 pr-3 text-right font-medium">Average, event weeks</th>
            <th className="py-1 pr-3 text-right font-medium">Average, comparable weeks</th>
            <th className="py-1 pr-3 text-right font-medium">Difference</th>
            <th className="py-1 pr-3 text-right font-medium">95 % interval</th>
            <th className="py-1 text-right font-medium">Relative</th>
          </tr>
        </TableHead>
        <TableBody className="tabular">
          {rows.map((r) => {
            const clear = r.interval && (r.interval.low > 0 || r.interval.high < 0);
            return (
              <TableRow key={r.key} className="align-top" data-event={r.key}>
                <td className="py-1.5 pr-3">
                  <div className={r.kind === "holiday" ? "" : "font-medium"}>{r.name}</div>
                  <div className="text-xs text-slate-500">{r.description}</div>
                </td>
                <td className="py-1.5 pr-3 text-right">
                  {r.eventWeeks} <span className="text-xs text-slate-500">vs {r.comparableWeeks}</span>
                </td>
                <td className="py-1.5 pr-3 text-right">{formatInUnit(r.meanEvent, unit)}</td>
                <td className="py-1.5 pr-3 text-right">{formatInUnit(r.meanComparable, unit)}</td>
                <td className={`py-1.5 pr-3 text-right ${clear ? "font-semibold" : ""}`}>{signed(r.diff, unit)}</td>
                <td className="py-1.5 pr-3 text-right text-slate-500">
                  {r.interval ? `${signed(r.interval.low, unit)} to ${signed(r.interval.high, unit)}` : "too few weeks"}
                </td>
                <td className="py-1.5 text-right">
                  {Number.isFinite(r.relative) ? `${r.relative >= 0 ? "+" : "−"}${Math.abs(r.relative * 100).toFixed(1)} %` : "—"}
                </td>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

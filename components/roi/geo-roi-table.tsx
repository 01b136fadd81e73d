import { InfoTip } from "@/components/ui/info-tip";
import { formatPercent, formatRatio } from "@/lib/format";
import type { GeoRoiCell, GeoRoiGrid } from "@/lib/mmm/view/geo-roi-grid";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

const SHADE_CLASS = ["bg-white", "bg-emerald-50", "bg-emerald-100", "bg-emerald-200", "bg-emerald-300", "bg-emerald-400"];

function Cell({ cell, strong = false }: { cell: GeoRoiCell; strong?: boolean }) {
  const shade = cell.shade < 0 ? "bg-slate-50 text-slate-500" : SHADE_CLASS[cell.shade];
  return (
    <td className={`whitespace-nowrap px-2 py-1.5 text-right ${shade}`}>
      <span className={strong ? "font-semibold" : cell.pooled !== null && cell.pooled >= 0.5 ? "italic" : ""}>{formatRatio(cell.roi)}</span>
      <span className="block text-[11px] text-slate-600">
        {formatRatio(cell.low)}–{formatRatio(cell.high)}
      </span>
      {cell.truth !== null && (
        <span className={`block text-[11px] ${cell.covered ? "text-emerald-800" : "text-rose-700"}`}>
          true {formatRatio(cell.truth)} <span aria-label={cell.covered ? "covered" : "not covered"}>{cell.covered ? "✓" : "✗"}</span>
        </span>
      )}
    </td>
  );
}

/** ROI by region × channel (a heat map) with the national figures on top; on the demo each cell shows its true ROI. */
export function GeoRoiTable({ grid }: { grid: GeoRoiGrid }) {
  return (
    <div>
      {grid.truth && (
        <p className="mb-3 text-sm text-slate-700" data-testid="geo-truth-summary">
          Against the demo&apos;s regional truth: median absolute ROI error <strong className="tabular">{formatPercent(grid.truth.medianAbsPctError)}</strong>;
          the 90 % intervals cover{" "}
          <strong className="tabular">
            {grid.truth.covered} of {grid.truth.count}
          </strong>{" "}
          region × channel cells.
        </p>
      )}
      <div className="overflow-x-auto">
        <Table className="tabular" data-testid="geo-roi-table">
          <TableHead small>
            <tr>
              <th className="sticky left-0 bg-white px-2 py-1.5 font-medium" scope="col">
                Region
              </th>
              {grid.channels.map((c) => (
                <th key={c.name} className="px-2 py-1.5 text-right font-medium" scope="col">
                  {c.label}
                  {!c.identified && (
                    <span className="ml-1 inline-flex align-middle">
                      <InfoTip text="The data cannot tell this channel's effect from zero: a shrunk estimate is shown, and its interval starts at 0." />
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </TableHead>
          <TableBody>
            <TableRow tone="total" data-region="national">
              <th className="sticky left-0 bg-white px-2 py-1.5 text-left font-semibold" scope="row">
                National
              </th>
              {grid.national.map((cell, i) => (
                <Cell key={grid.channels[i].name} cell={cell} strong />
              ))}
            </TableRow>
            {grid.rows.map((r) => (
              <TableRow key={r.name} data-region={r.name}>
                <th className="sticky left-0 bg-white px-2 py-1.5 text-left font-medium" scope="row">
                  {r.name}
                  <span className="block text-[11px] font-normal text-slate-500">size {r.size.toFixed(2)}</span>
                </th>
                {r.cells.map((cell, i) => (
                  <Cell key={grid.channels[i].name} cell={cell} />
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <p className="mt-2 text-xs text-slate-500">
        Revenue per $1 of spend in the window, 90 % interval below. Darker green = higher ROI; grey = a channel the data cannot tell from zero; <em>italic</em>{" "}
        = a region whose own data are thin, so its estimate leans on the national one (partial pooling). Size: the region relative to the average region.
      </p>
    </div>
  );
}

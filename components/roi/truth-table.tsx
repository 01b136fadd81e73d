import { InfoTip } from "@/components/ui/info-tip";
import { formatPercent, formatRatio } from "@/lib/format";
import type { RoiTruthComparison } from "@/lib/mmm/view/compare-roi-to-truth";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

/** The demo's true ROI per channel next to the estimate, its 90 % interval, whether it covers the truth, and the error. */
export function TruthTable({ comparison }: { comparison: RoiTruthComparison }) {
  return (
    <div>
      <p className="mb-3 text-sm text-slate-700" data-testid="truth-summary">
        Median absolute ROI error <strong className="tabular">{formatPercent(comparison.medianAbsPctError)}</strong>; the 90 % intervals cover the true ROI for{" "}
        <strong className="tabular">
          {comparison.coveredCount} of {comparison.channelCount}
        </strong>{" "}
        channels ({formatPercent(comparison.coverage, 0)}; well-calibrated intervals cover about 90 % over many datasets).
      </p>
      <div className="overflow-x-auto">
        <Table data-testid="truth-table">
          <TableHead small>
            <tr>
              <th className="px-2 py-1.5 font-medium" scope="col">
                Channel
              </th>
              <th className="px-2 py-1.5 text-right font-medium" scope="col">
                True ROI
              </th>
              <th className="px-2 py-1.5 text-right font-medium" scope="col">
                Estimate
              </th>
              <th className="px-2 py-1.5 text-right font-medium" scope="col">
                90 % interval
              </th>
              <th className="px-2 py-1.5 text-center font-medium" scope="col">
                <span className="inline-flex items-center gap-1">
                  Covered <InfoTip text="✓ when the 90 % interval contains the true ROI." />
                </span>
              </th>
              <th className="px-2 py-1.5 text-right font-medium" scope="col">
                <span className="inline-flex items-center gap-1">
                  Error <InfoTip text="|estimate − true ROI| ÷ true ROI." />
                </span>
              </th>
            </tr>
          </TableHead>
          <TableBody className="tabular">
            {comparison.rows.map((r) => (
              <TableRow key={r.name} data-channel={r.name}>
                <td className="px-2 py-1.5 font-medium">{r.label}</td>
                <td className="px-2 py-1.5 text-right">{formatRatio(r.trueRoi)}</td>
                <td className="px-2 py-1.5 text-right">{formatRatio(r.roi)}</td>
                <td className="px-2 py-1.5 text-right">
                  {formatRatio(r.roiLow)}–{formatRatio(r.roiHigh)}
                </td>
                <td className={`px-2 py-1.5 text-center font-semibold ${r.covered ? "text-emerald-700" : "text-rose-700"}`}>
                  <span aria-label={r.covered ? "covered" : "not covered"}>{r.covered ? "✓" : "✗"}</span>
                </td>
                <td className="px-2 py-1.5 text-right">{formatPercent(r.absPctError)}</td>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

import Link from "next/link";
import { InfoTip } from "@/components/ui/info-tip";
import type { MediaArtifact } from "@/lib/forecast/view/forecast-artifacts";
import { formatMoney, formatNumber, formatPercent } from "@/lib/format";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

/**
 * Where the forecast's paid-media part comes from: the mix model run, the mapping from its national revenue to this
 * series' activations (region share of the channel's spend, revenue per activation), and activations per week by
 * channel over the horizon — the same media effects Channel ROI, the Planner and Scenarios use.
 */
export function MediaSource({
  media,
  mediaNow,
  horizon,
  cells,
  championMmmRunId,
  scenarioName,
}: {
  media: MediaArtifact | null;
  mediaNow: { byChannel: Record<string, number>; perWeek: number[] } | null;
  horizon: number;
  cells: string[];
  championMmmRunId: number | null;
  scenarioName: string | null;
}) {
  if (!media || media.mmmRunId === null || !mediaNow) {
    return (
      <p className="text-xs text-slate-500" data-testid="media-source">
        {media
          ? "No mix model had been fitted when this forecast ran, so paid media is not separated; refit forecasts after fitting the mix model on Channel ROI."
          : "This forecast run is from before media effects came from the mix model; refit forecasts."}
      </p>
    );
  }
  const weeks = Math.min(horizon, mediaNow.perWeek.length);
  const mean = mediaNow.perWeek.slice(0, weeks).reduce((a, b) => a + b, 0) / Math.max(1, weeks);
  const regionsBy = new Map<string, string[]>();
  for (const cell of cells) {
    const [c, r] = cell.split("|");
    regionsBy.set(c, [...(regionsBy.get(c) ?? []), r]);
  }
  const rows = [...regionsBy.entries()].filter(([c]) => c in media.mapping.regionShares);
  const unmapped = rows.filter(([c]) => media.mapping.unmapped.includes(c)).map(([c]) => c);
  return (
    <div className="text-sm" data-testid="media-source">
      <p className="mb-2 flex items-center gap-1">
        <span>
          Paid media{scenarioName ? ` under “${scenarioName}”` : ""}: <strong className="tabular">+{formatNumber(mean)}</strong> activations/week on average
          over {weeks} weeks, from{" "}
          <Link className="text-brand-600 underline" href="/roi">
            mix-model run #{media.mmmRunId}
          </Link>
        </span>
        <InfoTip
          text={`The mix model measures each channel's weekly revenue (national). A channel's media lands in its own demand rows, split over regions by the region's share of that channel's spend over the last ${media.mapping.shareWeeks} weeks, and turned into activations at the channel's revenue per activation (unit economics). It includes the carryover of spend made before the forecast starts.`}
        />
      </p>
      {championMmmRunId !== null && championMmmRunId !== media.mmmRunId && (
        <p className="mb-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
          A newer mix model (run #{championMmmRunId}) is now the champion; refit forecasts to take media effects from it.
        </p>
      )}
      <div className="overflow-x-auto">
        <Table size="xs" data-testid="media-mapping">
          <TableHead>
            <tr>
              <th className="py-1 pr-2 font-medium">Channel</th>
              <th className="py-1 pr-2 text-right font-medium">Region share</th>
              <th className="py-1 pr-2 text-right font-medium">Revenue/activation</th>
              <th className="py-1 text-right font-medium">Activations/wk</th>
            </tr>
          </TableHead>
          <TableBody className="tabular">
            {rows.map(([c, regions]) => {
              const share = regions.reduce((s, r) => s + (media.mapping.regionShares[c]?.[r] ?? 0), 0);
              const rpa = media.mapping.revenuePerActivation[c];
              return (
                <TableRow key={c}>
                  <td className="py-1 pr-2">{c}</td>
                  <td className="py-1 pr-2 text-right">{formatPercent(share, 0)}</td>
                  <td className="py-1 pr-2 text-right">{rpa ? formatMoney(rpa, "precise") : "—"}</td>
                  <td className="py-1 text-right">{mediaNow.byChannel[c] !== undefined ? `+${formatNumber(mediaNow.byChannel[c])}` : "—"}</td>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {unmapped.length > 0 && (
        <p className="mt-1 text-xs text-slate-500">No unit economics for {unmapped.join(", ")}: their media stays inside the baseline.</p>
      )}
    </div>
  );
}

import { Badge } from "@/components/ui/badge";
import { formatPercent } from "@/lib/format";
import type { RankedInteraction } from "@/lib/data/service-ranked-interactions";

const TONE = { High: "bad", Medium: "warn", Low: "good" } as const;
const humanize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, " ");

/** Open interactions, riskiest first, each with its level, probability and the three drivers behind it. */
export function RiskTable({ rows }: { rows: RankedInteraction[] }) {
  return (
    <div className="relative max-h-[40rem] overflow-auto">
      <table className="w-full text-left text-sm" data-testid="risk-table">
        <thead className="sticky top-0 bg-white text-xs text-slate-500">
          <tr>
            <th className="px-2 py-1 font-medium">Risk</th>
            <th className="px-2 py-1 text-right font-medium">P(low)</th>
            <th className="px-2 py-1 font-medium">Interaction</th>
            <th className="px-2 py-1 font-medium">Type · channel</th>
            <th className="px-2 py-1 font-medium">Region</th>
            <th className="px-2 py-1 text-right font-medium">Wait</th>
            <th className="w-2/5 px-2 py-1 font-medium">Why</th>
          </tr>
        </thead>
        <tbody className="tabular align-top">
          {rows.map((r) => (
            <tr key={r.interactionId} className="border-t border-slate-100">
              <td className="px-2 py-1.5">
                <Badge tone={TONE[r.riskLevel]}>{r.riskLevel}</Badge>
              </td>
              <td className="px-2 py-1.5 text-right font-medium">{formatPercent(r.probability, 0)}</td>
              <td className="px-2 py-1.5 whitespace-nowrap">
                <span className="font-mono text-xs">{r.interactionId}</span>
                <span className="block text-xs text-slate-500">{r.occurredAt.slice(0, 16).replace("T", " ")} UTC</span>
              </td>
              <td className="px-2 py-1.5">
                {humanize(r.interactionType)}
                <span className="block text-xs text-slate-500">
                  {humanize(r.contactChannel)}
                  {r.isRepeatContact ? " · repeat contact" : ""}
                </span>
              </td>
              <td className="px-2 py-1.5">{r.region ? humanize(r.region) : "—"}</td>
              <td className="px-2 py-1.5 text-right whitespace-nowrap">{r.waitMinutes === null ? "—" : `${r.waitMinutes.toFixed(0)} min`}</td>
              <td className="px-2 py-1.5">
                <ul className="space-y-0.5 text-xs text-slate-700">
                  {r.reasons.map((reason) => (
                    <li key={reason.feature}>
                      <span aria-hidden className={reason.effect >= 0 ? "text-rose-600" : "text-emerald-600"}>{reason.effect >= 0 ? "▲ " : "▼ "}</span>
                      <span className="sr-only">{reason.effect >= 0 ? "raises risk: " : "lowers risk: "}</span>
                      {reason.text}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

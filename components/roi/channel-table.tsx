import { Badge } from "@/components/ui/badge";
import { InfoTip } from "@/components/ui/info-tip";
import { formatMoney, formatPercent, formatRatio } from "@/lib/format";
import type { ChannelResult } from "@/lib/mmm";
import type { MmmChannelView } from "@/lib/runs/mmm";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

const th = "px-2 py-1.5 font-medium";

function Head({ children, tip, right = true }: { children: string; tip: string; right?: boolean }) {
  return (
    <th className={`${th} ${right ? "text-right" : ""}`} scope="col">
      <span className="inline-flex items-center gap-1">
        {children}
        <InfoTip text={tip} />
      </span>
    </th>
  );
}

/** Per-channel numbers of the fitted mix model: spend, contribution, ROI and marginal ROI with intervals, CPA, carryover. */
export function ChannelTable({ channels, views }: { channels: ChannelResult[]; views: MmmChannelView[] }) {
  const view = new Map(views.map((v) => [v.name, v]));
  return (
    <div className="overflow-x-auto">
      <Table data-testid="channel-table">
        <TableHead small>
          <tr>
            <th className={th} scope="col">
              Channel
            </th>
            <Head tip="Media spend in the fitted window (USD).">Spend</Head>
            <Head tip="Revenue the model attributes to the channel in the window: the revenue that would be lost with zero spend (USD), with its 90 % interval.">
              Contribution
            </Head>
            <Head tip="The channel's part of all media contribution.">Share</Head>
            <Head tip="Contribution ÷ spend: revenue per $1 spent in the window, with the 90 % bootstrap interval.">ROI [90 %]</Head>
            <Head tip="Revenue from one more $1 of weekly spend at today's mean weekly spend (steady state). Below 1×, the next dollar loses money.">
              Marginal ROI [90 %]
            </Head>
            <Head tip="Spend per incremental activation: spend ÷ (contribution ÷ revenue per activation from the unit economics), with its 90 % interval.">
              Cost / activation
            </Head>
            <Head tip="Weeks (counting the week of spend) until 90 % of a week's spend effect has landed.">Carryover</Head>
          </tr>
        </TableHead>
        <TableBody className="tabular">
          {channels.map((c) => {
            const v = view.get(c.name);
            return (
              <TableRow key={c.name} data-channel={c.name}>
                <td className="px-2 py-1.5 font-medium">
                  {v?.label ?? c.name}
                  {c.identified === false && (
                    <span
                      className="ml-1 inline-block align-middle"
                      title="The data cannot tell this channel's effect from zero (likelihood-ratio test); its contribution is held at 0, its ROI is the bootstrap median weighted by the evidence for an effect (Akaike weight), and its interval starts at 0."
                      data-testid={`badge-unidentified-${c.name}`}
                    >
                      <Badge tone="warn">indistinguishable from zero</Badge>
                    </span>
                  )}
                </td>
                <td className="px-2 py-1.5 text-right">{formatMoney(c.spend)}</td>
                <td className="px-2 py-1.5 text-right">
                  {formatMoney(c.contribution)}
                  <span className="block text-xs text-slate-500">
                    {formatMoney(c.contributionLow)}–{formatMoney(c.contributionHigh)}
                  </span>
                </td>
                <td className="px-2 py-1.5 text-right">{formatPercent(c.share)}</td>
                <td className="px-2 py-1.5 text-right">
                  {formatRatio(c.roi)}
                  <span className="block text-xs text-slate-500">
                    {formatRatio(c.roiLow)}–{formatRatio(c.roiHigh)}
                  </span>
                </td>
                <td className="px-2 py-1.5 text-right">
                  {formatRatio(c.mroi)}
                  <span className="block text-xs text-slate-500">
                    {formatRatio(c.mroiLow)}–{formatRatio(c.mroiHigh)}
                  </span>
                </td>
                <td className="px-2 py-1.5 text-right">
                  {formatMoney(v?.cpa, "precise")}
                  {v?.cpa != null && (
                    <span className="block text-xs text-slate-500">
                      {formatMoney(v.cpaLow, "precise")}–{v.cpaHigh == null ? "no upper bound" : formatMoney(v.cpaHigh, "precise")}
                    </span>
                  )}
                </td>
                <td className="px-2 py-1.5 text-right">{c.carryoverWeeks} wk</td>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

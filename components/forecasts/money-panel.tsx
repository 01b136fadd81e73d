import { InfoTip } from "@/components/ui/info-tip";
import { planRows } from "@/lib/forecast/view/headline";
import { modelLabel } from "@/lib/forecast/view/leaderboard-columns";
import { savingVsBaseline, sumFirst, type SeriesMoney } from "@/lib/forecast/view/money-impact";
import { formatMoney, formatNumber, formatPercent } from "@/lib/format";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

const RATIO_HELP =
  "Newsvendor critical ratio = cu / (cu + co). Over-forecasting one activation wastes its cost co (spend and stock); under-forecasting loses its margin cu. The expected cost is lowest when you plan the forecast quantile at this ratio: above the median when lost margin costs more than waste.";

/** Money impact of forecast error for the series: cost per model over the backtest, the plan number, the saving vs seasonal naive. */
export function MoneyPanel({
  money,
  shownModel,
  chosen,
  forecast,
  plan,
  horizon,
}: {
  money: SeriesMoney;
  shownModel: string;
  chosen: string;
  forecast: { dates: string[]; yhat: number[] };
  plan: number[] | null;
  horizon: number;
}) {
  const models = Object.entries(money.models)
    .filter(([, m]) => Number.isFinite(m.cost))
    .sort(([, a], [, b]) => a.cost - b.cost);
  const saving = savingVsBaseline(money, shownModel);
  const weeks = models[0]?.[1].weeks ?? 0;
  const rows = plan ? planRows(forecast.dates, forecast.yhat, plan, Math.min(horizon, 6)) : [];
  return (
    <div className="flex flex-col gap-4 text-sm" data-testid="money-panel">
      <dl className="grid grid-cols-3 gap-2">
        <div>
          <dt className="flex items-center gap-1 text-xs text-slate-500">
            Over-forecast cost{" "}
            <InfoTip text="co: cost per activation (USD) from unit economics; activation-weighted across channels for totals. Wasted when you plan for demand that does not come." />
          </dt>
          <dd className="tabular font-medium">{formatMoney(money.co, "precise")}/unit</dd>
        </div>
        <div>
          <dt className="flex items-center gap-1 text-xs text-slate-500">
            Under-forecast cost <InfoTip text="cu: revenue minus cost per activation (USD): the margin lost on demand you did not plan for." />
          </dt>
          <dd className="tabular font-medium">{formatMoney(money.cu, "precise")}/unit</dd>
        </div>
        <div>
          <dt className="flex items-center gap-1 text-xs text-slate-500">
            Critical ratio <InfoTip text={RATIO_HELP} />
          </dt>
          <dd className="tabular font-medium">{formatPercent(money.ratio, 0)} quantile</dd>
        </div>
      </dl>

      {saving && (
        <p
          className={`rounded-md px-3 py-2 ${saving.saving >= 0 ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900"}`}
          data-testid="money-saving"
        >
          {saving.saving >= 0 ? (
            <>
              Choosing <strong>{saving.model}</strong> saves <strong className="tabular">{formatMoney(saving.saving, "full")}</strong> vs{" "}
              {saving.baseline === "snaive" ? "seasonal naive" : "naive"} over the {saving.weeks} backtest weeks
              {saving.savingPct !== null ? ` (${formatPercent(saving.savingPct, 0)} less error cost)` : ""}.
            </>
          ) : (
            <>
              <strong>{saving.model}</strong> costs <strong className="tabular">{formatMoney(-saving.saving, "full")}</strong> more than{" "}
              {saving.baseline === "snaive" ? "seasonal naive" : "naive"} over the {saving.weeks} backtest weeks.
            </>
          )}
        </p>
      )}

      <div>
        <h3 className="mb-1 flex items-center gap-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
          Expected cost of error, {weeks} backtest weeks{" "}
          <InfoTip text="Each model's walk-forward backtest misses priced in USD: units over × co + units under × cu, summed over every backtest week." />
        </h3>
        <Table>
          <TableHead small>
            <tr>
              <th className="py-1 font-medium">Model</th>
              <th className="py-1 text-right font-medium">Cost</th>
              <th className="py-1 text-right font-medium">Over</th>
              <th className="py-1 text-right font-medium">Under</th>
            </tr>
          </TableHead>
          <TableBody className="tabular">
            {models.map(([m, c]) => (
              <TableRow key={m} className={m === shownModel ? "bg-brand-50" : undefined}>
                <td className="py-1" title={modelLabel(m)}>
                  {m}
                  {m === chosen ? " ✓" : ""}
                </td>
                <td className="py-1 text-right">{formatMoney(c.cost)}</td>
                <td className="py-1 text-right text-slate-500">{formatMoney(c.over)}</td>
                <td className="py-1 text-right text-slate-500">{formatMoney(c.under)}</td>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      {plan && (
        <div>
          <h3 className="mb-1 flex items-center gap-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
            Plan number{" "}
            <InfoTip
              text={`The forecast's ${formatPercent(money.ratio, 0)} quantile: the number of activations to plan for (stock, capacity, budget) that minimises the expected cost of error. The forecast column is the median.`}
            />
          </h3>
          <Table data-testid="plan-table">
            <TableHead small>
              <tr>
                <th className="py-1 font-medium">Week of</th>
                <th className="py-1 text-right font-medium">Forecast</th>
                <th className="py-1 text-right font-medium">Plan</th>
              </tr>
            </TableHead>
            <TableBody className="tabular">
              {rows.map((r) => (
                <TableRow key={r.week}>
                  <td className="py-1">{r.week}</td>
                  <td className="py-1 text-right">{formatNumber(r.forecast, "full")}</td>
                  <td className="py-1 text-right font-medium">{formatNumber(r.plan, "full")}</td>
                </TableRow>
              ))}
              <TableRow tone="total">
                <td className="py-1">Next {horizon} weeks</td>
                <td className="py-1 text-right">{formatNumber(sumFirst(forecast.yhat, horizon), "full")}</td>
                <td className="py-1 text-right font-medium">{formatNumber(sumFirst(plan, horizon), "full")}</td>
              </TableRow>
            </TableBody>
          </Table>
          <p className="mt-1 text-xs text-slate-500">Activations. Plan = forecast quantile at the critical ratio.</p>
        </div>
      )}
    </div>
  );
}

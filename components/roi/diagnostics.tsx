import { InfoTip } from "@/components/ui/info-tip";
import { formatPercent } from "@/lib/format";
import type { MmmResult } from "@/lib/mmm";
import { Table, TableBody, TableRow } from "@/components/ui/table";

const fixed = (v: number | null | undefined, digits: number) => (typeof v === "number" && Number.isFinite(v) ? v.toFixed(digits) : "—");

function Row({ label, tip, value }: { label: string; tip: string; value: string }) {
  return (
    <TableRow className="first:border-0">
      <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-600">
        <span className="inline-flex items-center gap-1">
          {label} <InfoTip text={tip} />
        </span>
      </th>
      <td className="tabular py-1.5 text-right">{value}</td>
    </TableRow>
  );
}

/** Fit diagnostics, collinearity per channel, and how the model was chosen among the searched candidates. */
export function Diagnostics({ result, channelLabels }: { result: MmmResult; channelLabels: Record<string, string> }) {
  const { fit, pareto, bootstrap, settings } = result;
  const chosen = pareto.front.find((p) => p.chosen);
  return (
    <div className="grid gap-6 md:grid-cols-3" data-testid="diagnostics">
      <Table>
        <TableBody>
          <Row label="R²" tip="Share of the week-to-week variance of revenue the model explains (in-sample)." value={fixed(fit.r2, 3)} />
          <Row label="NRMSE" tip="Root-mean-square error divided by the range of weekly revenue; lower is better." value={fixed(fit.nrmse, 4)} />
          <Row label="MAPE" tip="Mean absolute percentage error of fitted weekly revenue." value={formatPercent(fit.mape, 2)} />
          <Row
            label="Durbin–Watson"
            tip="Autocorrelation of the residuals: about 2 means none; well below 2 means the model misses slow movements."
            value={fixed(fit.dw, 2)}
          />
          <Row label="AIC" tip="Akaike information criterion (lower is better; compares models on the same data)." value={fixed(fit.aic, 1)} />
          <Row label="BIC" tip="Bayesian information criterion: like AIC with a stronger penalty per parameter." value={fixed(fit.bic, 1)} />
          <Row
            label="DECOMP.RSSD"
            tip="Distance between each channel's share of effect and its share of spend; large values flag implausible splits."
            value={fixed(fit.decompRssd, 3)}
          />
          {fit.liftZ2 !== undefined && (
            <Row
              label="Lift-test z²"
              tip="Mean squared z-score of model-implied vs measured lift; about 1 means the model agrees with the experiments."
              value={fixed(fit.liftZ2, 2)}
            />
          )}
        </TableBody>
      </Table>
      <div>
        <h3 className="mb-1 inline-flex items-center gap-1 text-sm font-semibold">
          Variance inflation (VIF){" "}
          <InfoTip text="How much a channel's adstocked spend is explained by the other columns. Above 10, its effect is hard to separate from the others." />
        </h3>
        <Table>
          <TableBody className="tabular">
            {result.channels.map((c) => {
              const v = fit.vif[c.name];
              return (
                <TableRow key={c.name} className="first:border-0">
                  <th scope="row" className="py-1.5 text-left font-normal text-slate-600">
                    {channelLabels[c.name] ?? c.name}
                  </th>
                  <td className={`py-1.5 text-right ${typeof v === "number" && v > 10 ? "font-semibold text-rose-700" : ""}`}>{fixed(v, 2)}</td>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <div className="text-sm text-slate-700">
        <h3 className="mb-1 text-sm font-semibold">Model selection</h3>
        <p>
          {pareto.evaluated.toLocaleString("en-US")} hyperparameter candidates ({settings.adstock} adstock up to {settings.maxLag} weeks of lag, Hill
          saturation) searched by differential evolution ({settings.generations} generations × {settings.populationSize}); the Pareto front holds{" "}
          <strong>{pareto.front.length}</strong> models.
        </p>
        <p className="mt-2">Rule: {pareto.rule}.</p>
        {chosen && (
          <p className="mt-2">
            Chosen: NRMSE {fixed(chosen.nrmse, 4)}, DECOMP.RSSD {fixed(chosen.decompRssd, 3)}
            {chosen.liftZ2 !== undefined ? `, lift z² ${fixed(chosen.liftZ2, 2)}` : ""}.
          </p>
        )}
        <p className="mt-2">
          Intervals: {bootstrap.replicates} bootstrap replicates, blocks of {bootstrap.blockLength} weeks ({bootstrap.method}). Seed {settings.seed}; ridge λ{" "}
          {fixed(fit.lambda, 4)}.
        </p>
      </div>
    </div>
  );
}

import { describe, expect, it } from "vitest";
import { normalQuantile as probit } from "./normal-quantile";
import { Z80, Z95 } from "./calibrate-intervals";
import { backtestCost, costSaving, criticalRatio, forecastErrorCost, forecastQuantile, planNumbers } from "./cost";
import type { ForecastResult } from "./types";

describe("newsvendor cost", () => {
  const rates = { co: 2, cu: 6 };

  it("critical ratio cu/(cu+co)", () => {
    expect(criticalRatio(rates)).toBeCloseTo(0.75, 12);
    expect(() => criticalRatio({ co: 0, cu: 0 })).toThrow(/criticalRatio/);
  });

  it("prices over- and under-forecasts separately (hand case)", () => {
    // over by 10 → 2·10; under by 5 → 6·5; exact → 0
    const c = forecastErrorCost([100, 100, 100], [110, 95, 100], rates);
    expect(c).toEqual({ total: 50, perPeriod: 50 / 3, over: 20, under: 30, periods: 3 });
    expect(backtestCost([{ origin: "x", dates: [], actual: [100, 100], yhat: [110, 95] }], rates).total).toBe(50);
  });

  it("quantiles of the calibrated distribution: exact at the knots, normal in between for normal intervals", () => {
    const f = { yhat: [0], lo80: [-Z80], hi80: [Z80], lo95: [-Z95], hi95: [Z95] };
    expect(forecastQuantile(f, 0.5)[0]).toBeCloseTo(0, 8);
    expect(forecastQuantile(f, 0.9)[0]).toBeCloseTo(Z80, 8);
    expect(forecastQuantile(f, 0.025)[0]).toBeCloseTo(-Z95, 8);
    expect(forecastQuantile(f, 0.75)[0]).toBeCloseTo(probit(0.75), 8);
    expect(forecastQuantile(f, 0.995)[0]).toBeCloseTo(probit(0.995), 8); // linear extrapolation in z
  });

  it("plan number = forecast quantile at the critical ratio (sd 10 around 100, ratio 0.75 → 100 + 6.74)", () => {
    const f = { dates: ["d"], yhat: [100], lo80: [100 - 10 * Z80], hi80: [100 + 10 * Z80], lo95: [100 - 10 * Z95], hi95: [100 + 10 * Z95] };
    const { ratio, plan } = planNumbers(f, rates);
    expect(ratio).toBeCloseTo(0.75, 12);
    expect(plan[0]).toBeCloseTo(100 + 10 * 0.6744897501960817, 8);
  });

  it("saving vs seasonal naive on the same backtest", () => {
    const result = {
      backtests: {
        snaive: [{ origin: "o", dates: [], actual: [100, 100], yhat: [120, 80] }], // 2·20 + 6·20 = 160
        theta: [{ origin: "o", dates: [], actual: [100, 100], yhat: [105, 98] }], // 2·5 + 6·2 = 22
      },
    } as unknown as ForecastResult;
    const s = costSaving(result, "theta", rates);
    expect(s.baseline).toBe("snaive");
    expect(s.saving).toBe(138);
    expect(s.savingPct).toBeCloseTo((100 * 138) / 160, 10);
  });
});

import { describe, expect, it } from "vitest";
import { addWeeks } from "../forecast/dates";
import type { ChannelResponse, ResponseModel } from "../mmm/types";
import { createRng } from "../math/random";
import { forecastUnderPlan, validatePlanInput, type PlanForecastHistory, type PlanInput } from "./forecast-under-plan";
import { channelMediaHistory } from "./media-path";

const tv: ChannelResponse = {
  name: "tv",
  adstock: { type: "geometric", theta: 0.5, maxLag: 2 },
  saturation: { type: "hill", alpha: 1, gamma: 100, beta: 700 },
  meanWeeklySpend: 70,
  spend: 70 * 60,
};
const model: ResponseModel = { kpi: "revenue", weeks: 60, channels: [tv] };
const weeks = (start: string, n: number) => Array.from({ length: n }, (_, t) => addWeeks(start, t));

/** KPI = 1,000 + the model's own media exactly: the baseline the engine sees is flat at 1,000. */
function exactHistory(n = 60): PlanForecastHistory {
  const rng = createRng(3);
  const spend = Array.from({ length: n }, () => Math.round(40 + 60 * rng.next()));
  const media = channelMediaHistory(tv, spend);
  return { dates: weeks("2024-01-01", n), kpi: media.map((m) => 1000 + m), spend: { tv: spend } };
}

describe("forecastUnderPlan", () => {
  it("= baseline + media of the plan, with the history's carryover in the first plan weeks", async () => {
    const history = exactHistory();
    const n = history.dates.length;
    const plan: PlanInput = { dates: weeks(addWeeks(history.dates[n - 1], 1), 3), spend: { tv: [0, 0, 140] } };
    const f = await forecastUnderPlan(model, history, plan, { models: ["naive"] });
    // Baseline history is exactly 1,000 every week, so the forecast of it is 1,000.
    f.baseline.forEach((b) => expect(b).toBeCloseTo(1000, 6));
    // Media: the plan spends nothing in weeks 1–2, so only the carryover of the last two history weeks lands there.
    const [x1, x2] = history.spend.tv.slice(-2);
    const a1 = (2 / 7) * x2 + (1 / 7) * x1,
      a2 = (1 / 7) * x2;
    const expected = [(700 * a1) / (a1 + 100), (700 * a2) / (a2 + 100), (700 * 80) / 180];
    f.media.forEach((m, h) => expect(m).toBeCloseTo(expected[h], 9));
    f.yhat.forEach((y, h) => expect(y).toBeCloseTo(1000 + expected[h], 6));
    expect(f.mediaDetail.tail.map((v) => Math.round(v * 1e6) / 1e6)).toEqual([200, Math.round((14000 / 120) * 1e6) / 1e6]);
    expect(f.dates).toEqual(plan.dates);
    expect(f.baselineModel).toBe("naive");
  });

  it("puts planned control values into the baseline regressors and carries the last one forward where none is planned", async () => {
    const base = exactHistory();
    const price = base.dates.map((_, t) => 10 + (t % 3));
    // Demand falls by 100 per unit of price: a regression on the control should pick that up.
    const history = { ...base, kpi: base.kpi.map((v, t) => v - 100 * (price[t] - 10)), controls: { price } };
    const n = history.dates.length;
    const dates = weeks(addWeeks(history.dates[n - 1], 1), 2);
    const cheap = await forecastUnderPlan(
      model,
      history,
      { dates, spend: { tv: [70, 70] }, controls: { price: [10, Number.NaN] } },
      { models: ["regression"] },
    );
    expect(cheap.notes.join(" ")).toMatch(/control "price": 1 of 2 plan weeks not planned, last known value \(12\) carried forward/);
    // Week 1 at the planned price 10, week 2 at the carried-forward 12: the regression's price effect separates them
    // (had the plan's price been ignored, both weeks would sit at 12 and differ only by the lag terms).
    expect(cheap.baselineModel).toBe("regression");
    expect(cheap.baseline[0] - cheap.baseline[1]).toBeGreaterThan(20);
  });

  it("intervals contain the point and widen with the model's draws", async () => {
    const history = exactHistory();
    const rng = createRng(9);
    history.kpi = history.kpi.map((v) => v + 20 * rng.normal());
    const n = history.dates.length;
    const plan: PlanInput = { dates: weeks(addWeeks(history.dates[n - 1], 1), 4), spend: { tv: [200, 200, 0, 0] } };
    const draws = [0.6, 0.8, 1, 1.2, 1.4].map((k) => [{ ...tv, saturation: { ...tv.saturation, beta: 700 * k } }]);
    const plain = await forecastUnderPlan(model, history, plan, { models: ["naive"] });
    const withDraws = await forecastUnderPlan({ ...model, draws }, history, plan, { models: ["naive"] });
    withDraws.yhat.forEach((y, h) => {
      expect(withDraws.lo95[h]).toBeLessThanOrEqual(withDraws.lo80[h]);
      expect(withDraws.lo80[h]).toBeLessThanOrEqual(y);
      expect(y).toBeLessThanOrEqual(withDraws.hi80[h]);
      expect(withDraws.hi80[h]).toBeLessThanOrEqual(withDraws.hi95[h]);
      expect(y).toBeCloseTo(plain.yhat[h], 9);
      expect(withDraws.hi95[h] - withDraws.lo95[h]).toBeGreaterThan(plain.hi95[h] - plain.lo95[h]);
    });
  });
});

describe("validatePlanInput", () => {
  const history = exactHistory(10);
  const next = addWeeks(history.dates[9], 1);
  it.each<[string, PlanInput, RegExp]>([
    ["unknown channel", { dates: [next], spend: { tv: [1], radio: [2] } }, /plan: unknown channel "radio"; the model's channels are tv/],
    ["missing channel", { dates: [next], spend: {} }, /plan: no spend for channel "tv"/],
    ["gap", { dates: [addWeeks(next, 2)], spend: { tv: [1] } }, /2 week\(s\) after the week after the history ends .*gap between history and plan/],
    ["overlap", { dates: [history.dates[9]], spend: { tv: [1] } }, new RegExp(`must start the week after the history ends, ${next}`)],
    ["non-weekly plan", { dates: [next, addWeeks(next, 2)], spend: { tv: [1, 1] } }, /plan: weeks must be consecutive/],
    ["negative spend", { dates: [next], spend: { tv: [-5] } }, new RegExp(`plan: spend of "tv" in week ${next} must be a number ≥ 0, got -5`)],
    ["unknown control", { dates: [next], spend: { tv: [1] }, controls: { price: [1] } }, /plan: control "price" is not a control of the history \(none\)/],
  ])("refuses %s", (_, plan, message) => {
    expect(() => validatePlanInput(model, history, plan)).toThrow(message);
  });
});

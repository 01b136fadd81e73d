import { describe, expect, it } from "vitest";
import type { ChannelResponse, ResponseModel } from "@/lib/mmm/types";
import { packResponseModel, unpackResponseModel } from "./packed-response-model";

const channel = (name: string, theta: number, beta: number, extra: Partial<ChannelResponse> = {}): ChannelResponse => ({
  name,
  adstock: { type: "geometric", theta, maxLag: 8 },
  saturation: { type: "hill", alpha: 1.3, gamma: 1234.5678, beta },
  meanWeeklySpend: 1000,
  spend: 156000,
  ...extra,
});

function model(draws: number): ResponseModel {
  const rng = (i: number) => ((i * 7919) % 1000) / 1000;
  return {
    kpi: "revenue",
    weeks: 156,
    channels: [channel("tv", 0.5, 9000, { identified: true, dataMax: 2000, dataMin: 10 }), channel("search", 0.2, 4000)],
    draws: Array.from({ length: draws }, (_, k) => [
      channel("tv", 0.3 + 0.4 * rng(k), 8000 + 2000 * rng(k + 1) + 1 / 3),
      channel("search", 0.2, 3000 + 1000 * rng(k + 2), k === 3 ? { meanWeeklySpend: 1000.5 } : {}),
    ]),
  };
}

describe("packResponseModel / unpackResponseModel", () => {
  it("rebuilds the model: constant fields exactly, varying ones to 9 significant digits", () => {
    const m = model(200);
    const back = unpackResponseModel(packResponseModel(m));
    expect(back.channels).toEqual(m.channels);
    expect(back.draws).toHaveLength(200);
    back.draws!.forEach((d, k) =>
      d.forEach((c, i) => {
        const o = m.draws![k][i];
        expect(c.name).toBe(o.name);
        expect(c.adstock).toEqual({ ...o.adstock, theta: expect.closeTo((o.adstock as { theta: number }).theta, 9) });
        expect(Math.abs(c.saturation.beta / o.saturation.beta - 1)).toBeLessThan(5e-9);
        expect(c.meanWeeklySpend).toBe(o.meanWeeklySpend);
      }),
    );
  });

  it("keeps only the varying fields as columns, and is much smaller", () => {
    const m = model(200);
    const packed = packResponseModel(m);
    expect(Object.keys(packed.draws!.channels[0].columns).sort()).toEqual(["adstock.theta", "saturation.beta"]);
    expect(Object.keys(packed.draws!.channels[1].columns).sort()).toEqual(["meanWeeklySpend", "saturation.beta"]);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(m).length / 2.5);
  });

  it("passes a model without draws through", () => {
    const { draws: _, ...plain } = model(0);
    expect(unpackResponseModel(packResponseModel(plain))).toEqual(plain);
    expect(unpackResponseModel(packResponseModel(model(0)))).toEqual({ ...plain });
  });
});

import { describe, expect, it } from "vitest";
import { parsePlannedPromosCsv } from "./planned-promo-schema";
import { plannedPromoToWire, promoScoreToWire, scoredPromosToCsv } from "./promo-score-wire";

const promo = {
  promotionId: "=P1",
  category: "snacks",
  region: "south",
  discountPct: 12.5,
  durationDays: 7,
  startDate: "2026-12-01",
  promoType: "bogo",
  cost: 250,
};

describe("promo score wire formats", () => {
  it("plannedPromoToWire inverts toPlannedPromo (a CSV round-trips)", () => {
    const csv = `promotion_id,category,region,discount_pct,duration_days,start_date,promo_type,cost\nP1,snacks,south,12.5,7,2026-12-01,bogo,250\n`;
    const parsed = parsePlannedPromosCsv(csv);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(plannedPromoToWire(parsed.rows[0])).toEqual({
        promotion_id: "P1",
        category: "snacks",
        region: "south",
        discount_pct: 12.5,
        duration_days: 7,
        start_date: "2026-12-01",
        promo_type: "bogo",
        cost: 250,
      });
  });

  it("rounds probabilities and ROI to 4 decimals and uplift to cents", () => {
    expect(
      promoScoreToWire({ promotionId: undefined, pSells: 0.123456, uplift: 10.005001, roi: -0.987654, decision: "no-go", reasons: [], bestDiscount: 20 }),
    ).toEqual({
      promotion_id: null,
      p_sells: 0.1235,
      uplift: 10.01,
      roi: -0.9877,
      decision: "no-go",
      reasons: [],
      best_discount: 20,
    });
  });

  it("writes the input columns then p_sells,uplift,roi,decision, formula-safe", () => {
    const csv = scoredPromosToCsv([{ promo, score: { p_sells: 0.5, uplift: 120.5, roi: -0.25, decision: "no-go" } }]);
    expect(csv).toBe(
      "promotion_id,category,region,discount_pct,duration_days,start_date,promo_type,cost,p_sells,uplift,roi,decision\n'=P1,snacks,south,12.5,7,2026-12-01,bogo,250,0.5,120.5,-0.25,no-go\n",
    );
    expect(scoredPromosToCsv([{ promo: { ...promo, promotionId: undefined }, score: { p_sells: 1, uplift: 0, roi: 0, decision: "go" } }]).split("\n")[1]).toBe(
      ",snacks,south,12.5,7,2026-12-01,bogo,250,1,0,0,go",
    );
  });
});

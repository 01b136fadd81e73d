import { describe, expect, it } from "vitest";
import { matchPromoValues, promoVocabulary, type PromoVocabulary } from "./match-promo-values";
import type { PlannedPromo } from "./types";

const vocab: PromoVocabulary = { category: ["bakery", "personal_care", "snacks"], region: ["east", "north"], promo_type: ["bogo", "bundle", "flash"] };
const promo = (over: Partial<PlannedPromo> = {}): PlannedPromo => ({
  category: "bakery",
  region: "east",
  discountPct: 20,
  durationDays: 14,
  startDate: "2026-12-01",
  promoType: "bogo",
  cost: 500,
  ...over,
});

describe("matchPromoValues", () => {
  it("matches case-insensitively and returns the known spelling, so both spellings score alike", () => {
    const a = matchPromoValues([promo({ category: "Bakery", region: "East", promoType: "BOGO" })], vocab);
    const b = matchPromoValues([promo({ category: "bakery", region: "east", promoType: "bogo" })], vocab);
    expect(a).toEqual(b);
    expect(a).toEqual({ ok: true, promos: [promo()] });
  });

  it("ignores spaces, hyphens and underscores", () => {
    const r = matchPromoValues([promo({ category: "Personal Care" }), promo({ category: " personal-care " })], vocab);
    expect(r.ok && r.promos.map((p) => p.category)).toEqual(["personal_care", "personal_care"]);
  });

  it("gives one problem per unknown value, naming the field and the known values", () => {
    const r = matchPromoValues([promo(), promo({ category: "unicorns", region: "mars", promoType: "flash" })], vocab);
    expect(r).toEqual({
      ok: false,
      problems: [
        { index: 1, field: "category", value: "unicorns", reason: 'Category "unicorns" is not one the model knows; known: bakery, personal_care, snacks' },
        { index: 1, field: "region", value: "mars", reason: 'Region "mars" is not one the model knows; known: east, north' },
      ],
    });
  });
});

describe("promoVocabulary", () => {
  it("joins the model's encoder levels and the dataset's past values", () => {
    const model = {
      encoder: {
        categorical: [
          { name: "category", group: "category", levels: ["bakery"] },
          { name: "promoType", group: "promoType", levels: ["bogo"] },
        ],
      },
    } as never;
    expect(
      promoVocabulary(model, [
        { category: "snacks", region: "north", promoType: "bundle" },
        { category: "bakery", region: "east", promoType: "bogo" },
      ]),
    ).toEqual({
      category: ["bakery", "snacks"],
      region: ["east", "north"],
      promo_type: ["bogo", "bundle"],
    });
  });
});

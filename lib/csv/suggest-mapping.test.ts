import { describe, expect, it } from "vitest";
import { suggestMapping } from "./suggest-mapping";

describe("suggestMapping", () => {
  it("matches case and punctuation variants and common synonyms", () => {
    expect(suggestMapping("demand", ["Week Start", "Channel", "REGION", "Conversions", "Sales", "notes"])).toEqual({
      "Week Start": "week",
      Channel: "channel",
      REGION: "region",
      Conversions: "activations",
      Sales: "revenue",
    });
  });
  it("never maps one file column twice", () => {
    const m = suggestMapping("spend", ["cost", "spend", "week", "channel", "region"]);
    expect(m).toEqual({ spend: "spend", week: "week", channel: "channel", region: "region" });
  });
});

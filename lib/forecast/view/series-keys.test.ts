import { describe, expect, it } from "vitest";
import { fromEngineKey, hierarchyKeys, isBottomKey, parseSeriesKey, seriesKey, seriesLabel, toEngineKey } from "./series-keys";

describe("series keys", () => {
  it.each([
    [{ channel: "search", region: "north" }, "search|north"],
    [{ channel: "search", region: null }, "search|*"],
    [{ channel: null, region: "north" }, "*|north"],
    [{ channel: null, region: null }, "*|*"],
  ])("round-trips %o as %s", (sel, key) => {
    expect(seriesKey(sel)).toBe(key);
    expect(parseSeriesKey(key)).toEqual(sel);
  });

  it("rejects malformed keys", () => {
    expect(() => parseSeriesKey("search")).toThrow(/parseSeriesKey/);
    expect(() => parseSeriesKey("a|b|c")).toThrow(/parseSeriesKey/);
  });

  it("lists totals first, then bottom cells", () => {
    expect(hierarchyKeys(["social", "search"], ["north"])).toEqual(["*|*", "search|*", "social|*", "*|north", "search|north", "social|north"]);
  });

  it("maps to and from the engine's reconciliation keys", () => {
    expect(["*|*", "search|*", "*|north", "search|north"].map(toEngineKey)).toEqual(["total", "search|all", "all|north", "search|north"]);
    for (const k of ["*|*", "search|*", "*|north", "search|north"]) expect(fromEngineKey(toEngineKey(k))).toBe(k);
  });

  it("labels and classifies", () => {
    expect(seriesLabel("*|north")).toBe("All channels · north");
    expect(isBottomKey("search|north")).toBe(true);
    expect(isBottomKey("search|*")).toBe(false);
  });
});

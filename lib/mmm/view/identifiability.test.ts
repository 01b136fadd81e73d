import { describe, expect, it } from "vitest";
import { describePartners, weaklyIdentified } from "./identifiability";

describe("weaklyIdentified", () => {
  it.each([
    [{ roi: 2, roiLow: 1.5, roiHigh: 2.6 }, null],
    [{ roi: 1, roiLow: 0.2, roiHigh: 2.5 }, "wide"],
    [{ roi: 0, roiLow: 0, roiHigh: 1.5 }, "includes-zero"],
    [{ roi: 0.5, roiLow: 0.01, roiHigh: 1 }, "includes-zero"],
    [{ roi: 0, roiLow: 0, roiHigh: 0 }, null],
  ])("%o → %s", (c, reason) => {
    const notes = weaklyIdentified([{ name: "x", ...c }], { x: "X" });
    if (reason === null) expect(notes).toEqual([]);
    else expect(notes).toEqual([{ name: "x", label: "X", roiLow: c.roiLow, roiHigh: c.roiHigh, reason, movesWith: [], followsSeason: false }]);
  });
});

describe("weaklyIdentified — channels the fit flagged because their spend follows the season", () => {
  it("marks a flagged channel the season check caught (seasonConfounded), and no other", () => {
    const notes = weaklyIdentified([
      { name: "a", roi: 0.1, roiLow: 0, roiHigh: 3, identified: false, seasonConfounded: true },
      { name: "b", roi: 0.1, roiLow: 0, roiHigh: 3, identified: false },
      { name: "c", roi: 1, roiLow: 0.2, roiHigh: 2.5, identified: true, seasonConfounded: true },
    ]);
    expect(notes.map((n) => [n.name, n.reason, n.followsSeason])).toEqual([
      ["a", "unidentified", true],
      ["b", "unidentified", false],
      ["c", "wide", false],
    ]);
  });
});

describe("weaklyIdentified — channels the fit flagged unidentified", () => {
  it("says so first, whatever the interval, and leaves identified channels to the interval rules", () => {
    const notes = weaklyIdentified(
      [
        { name: "a", roi: 1, roiLow: 0.2, roiHigh: 2.5, identified: true },
        { name: "b", roi: 0, roiLow: 0, roiHigh: 3.1, identified: false },
        { name: "c", roi: 2, roiLow: 1.5, roiHigh: 2.6 },
      ],
      { b: "Email" },
    );
    expect(notes.map((n) => [n.name, n.reason])).toEqual([
      ["b", "unidentified"],
      ["a", "wide"],
    ]);
    expect(notes[0].label).toBe("Email");
  });
});

describe("weaklyIdentified — spend that moves together", () => {
  const overlaps = [
    { a: "video", b: "podcast", r: 0.65 },
    { a: "display", b: "podcast", r: 0.63 },
    { a: "search", b: "social", r: 0.77 },
  ];
  it("names the partners of a noted channel, and notes a pinned-down channel whose partners the fit set to zero", () => {
    // The decision benchmark's trend-strong case (+2000): podcast (no true effect) took the effect of video and
    // display once the test held them at zero.
    const notes = weaklyIdentified(
      [
        { name: "podcast", roi: 1.7, roiLow: 1.2, roiHigh: 2.5, identified: true },
        { name: "video", roi: 0.04, roiLow: 0, roiHigh: 4.45, identified: false },
        { name: "display", roi: 0.14, roiLow: 0, roiHigh: 3.13, identified: false },
        { name: "search", roi: 2, roiLow: 1.6, roiHigh: 2.4, identified: true },
        { name: "social", roi: 1, roiLow: 0.2, roiHigh: 2.5, identified: true },
      ],
      { podcast: "Podcast", video: "Video", display: "Display", search: "Search" },
      overlaps,
    );
    expect(notes.map((n) => [n.name, n.reason])).toEqual([
      ["video", "unidentified"],
      ["display", "unidentified"],
      ["social", "wide"],
      ["podcast", "shares-signal"],
    ]);
    expect(notes[0].movesWith).toEqual([{ name: "podcast", label: "Podcast", r: 0.65 }]);
    expect(notes[2].movesWith).toEqual([{ name: "search", label: "Search", r: 0.77 }]);
    expect(notes[3].movesWith.map((p) => p.label)).toEqual(["Video", "Display"]);
  });

  it("says nothing about a pinned-down channel whose partners are pinned down too", () => {
    const notes = weaklyIdentified(
      [
        { name: "search", roi: 2, roiLow: 1.6, roiHigh: 2.4, identified: true },
        { name: "social", roi: 1, roiLow: 0.8, roiHigh: 1.3, identified: true },
      ],
      {},
      overlaps,
    );
    expect(notes).toEqual([]);
  });
});

describe("describePartners", () => {
  it("writes one, two or three partners as a phrase", () => {
    expect(describePartners([{ label: "Search", r: 0.771 }])).toBe("Search (r = 0.77)");
    expect(
      describePartners([
        { label: "Video", r: 0.65 },
        { label: "Display", r: 0.634 },
      ]),
    ).toBe("Video (r = 0.65) and Display (r = 0.63)");
    expect(
      describePartners([
        { label: "A", r: 0.9 },
        { label: "B", r: -0.7 },
        { label: "C", r: 0.61 },
      ]),
    ).toBe("A (r = 0.90), B (r = -0.70) and C (r = 0.61)");
    expect(describePartners([])).toBe("");
  });
});

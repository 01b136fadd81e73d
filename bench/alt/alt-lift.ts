import { stream, type AltCase } from "./alt-case";

/**
 * Simulated lift tests for an alt case (`npm run bench:alt -- --lift-tests`): one per channel that is not flighted, over
 * 8 weeks in the middle of the CSV, measuring the channel's true revenue in that window (β · Σ saturation of the
 * adstocked spend, carry-over from earlier weeks included: `mixcast mmm --lift`'s convention) plus noise of standard
 * error relative · |lift| + roiSe · the window's spend. Written for this family alone (it shares no code with
 * bench/decisions, whose generator it is meant to be independent of). Seeded by the case.
 */
export type AltLift = { channel: string; start: string; end: string; truth: number; measured: number; se: number };

export function altLiftTests(c: AltCase, relative = 0.1, roiSe = 0.2, weeks = 8): AltLift[] {
  const rows = c.csv
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","));
  const from = Math.floor(c.weeks / 2) - Math.floor(weeks / 2),
    to = from + weeks - 1;
  const r = stream(c.seed * 104729 + 3);
  const normal = () => {
    let u = 0;
    while (u === 0) u = r();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
  };
  const out: AltLift[] = [];
  c.channels.forEach((ch, i) => {
    if (ch.pattern === "flighted") return;
    let truth = 0,
      spend = 0;
    for (let t = from; t <= to; t++) {
      truth += ch.beta * c.columns.media[i][t];
      spend += Number(rows[t][2 + i]);
    }
    const se = relative * Math.abs(truth) + roiSe * spend;
    out.push({ channel: ch.name, start: rows[from][0], end: rows[to][0], truth, measured: truth + se * normal(), se });
  });
  return out;
}

export function altLiftCsv(tests: AltLift[]): string {
  return `channel,start,end,incremental_kpi,standard_error\n${tests.map((t) => `${t.channel},${t.start},${t.end},${t.measured.toFixed(2)},${t.se.toFixed(2)}`).join("\n")}\n`;
}

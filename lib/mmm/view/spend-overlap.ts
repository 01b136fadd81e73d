/**
 * Channels whose weekly spend moves together: the usual reason a mix model cannot split their effects. With two
 * channels at correlation r, the fit can trade one's effect for the other's along a ridge, so their individual ROIs are
 * less certain than their sum. Worse, when the model drops one of them as indistinguishable from zero, the other can
 * take its effect (bench/README-decisions.md, "A third seed set": a channel with no effect read ROI 1.70 that way, its
 * spend correlated 0.63–0.65 with two real channels the test had dropped).
 */

/**
 * |r| at or above which two channels' spend counts as moving together: they then share at least 36 % of their
 * week-to-week variation (r² ≥ 0.36). The decision benchmark's confounded pair above sat at 0.63–0.65.
 */
export const SPEND_OVERLAP_R = 0.6;

export type SpendOverlap = { a: string; b: string; r: number };

/**
 * Pairs of channels whose spend correlates at |r| ≥ `threshold`, strongest first. `spend[c]` holds one series per
 * segment: one series for a national model, one per region for a geo model. Each series is centred on its own mean
 * before pooling (the pooled within-segment correlation). Why: a region that spends more on every channel would
 * otherwise make every pair look correlated, and the geo model does not mistake region size for media effect.
 * Channels with no variation are left out (their correlation is undefined).
 *
 * @example spendOverlaps([{ name: "a", spend: [[1, 2, 3]] }, { name: "b", spend: [[2, 4, 7]] }])[0].r // 0.99
 */
export function spendOverlaps(channels: { name: string; spend: ArrayLike<number>[] }[], threshold = SPEND_OVERLAP_R): SpendOverlap[] {
  const centred = channels.map((c) =>
    c.spend.map((s) => {
      let mean = 0;
      for (let t = 0; t < s.length; t++) mean += s[t];
      mean /= s.length || 1;
      return Float64Array.from(s, (v) => v - mean);
    }),
  );
  const sumSq = centred.map((segs) => segs.reduce((acc, d) => acc + d.reduce((a, v) => a + v * v, 0), 0));
  const out: SpendOverlap[] = [];
  for (let i = 0; i < channels.length; i++)
    for (let j = i + 1; j < channels.length; j++) {
      if (!(sumSq[i] > 0 && sumSq[j] > 0)) continue;
      if (centred[i].length !== centred[j].length) throw new Error(`spendOverlaps: ${channels[i].name} and ${channels[j].name} have different segment counts`);
      let cross = 0;
      centred[i].forEach((d, g) => {
        const e = centred[j][g];
        if (d.length !== e.length) throw new Error(`spendOverlaps: ${channels[i].name} and ${channels[j].name} differ in length in segment ${g + 1}`);
        for (let t = 0; t < d.length; t++) cross += d[t] * e[t];
      });
      const r = cross / Math.sqrt(sumSq[i] * sumSq[j]);
      if (Math.abs(r) >= threshold) out.push({ a: channels[i].name, b: channels[j].name, r });
    }
  return out.sort((x, y) => Math.abs(y.r) - Math.abs(x.r));
}

/** The channels a given channel's spend moves with, strongest first. */
export function partnersOf(name: string, overlaps: readonly SpendOverlap[]): { name: string; r: number }[] {
  return overlaps.flatMap((o) => (o.a === name ? [{ name: o.b, r: o.r }] : o.b === name ? [{ name: o.a, r: o.r }] : []));
}

/**
 * Is a channel's no-effect LR noise-fitting or a real signal in the data? A circular-shift null check for one channel
 * of one benchmark case:
 *
 *   npx tsx --conditions=react-server bench/decisions-shift-null.ts CASE SEED_OFFSET CHANNEL [SHIFTS]
 *
 * The channel's spend is shifted circularly by 15 … n − 15 weeks. That keeps its distribution and autocorrelation but
 * breaks its alignment with the KPI. The whole model is refitted each time (default settings, --seed 1, 20 bootstrap
 * replicates: the LR comes before the bootstrap). It prints the observed LR and the shifted ones. If the observed LR
 * lies far above the shifted ones, the data really do line up with the channel's spend. For a channel with no true
 * effect that points to confounding, not chance (bench/README-decisions.md, "A third seed set").
 */
import { fitMarketingMixModel } from "../lib/mmm";
import { caseSpec } from "./decisions/cases";
import { generateFromSpec } from "./decisions/generate-case";

function main() {
  const [name, offsetArg, channel, shiftsArg] = process.argv.slice(2);
  if (!name || !channel) throw new Error("usage: decisions-shift-null.ts CASE SEED_OFFSET CHANNEL [SHIFTS]");
  const spec = caseSpec(name);
  const input = generateFromSpec({ ...spec, seed: spec.seed + Number(offsetArg ?? 0) }).mixInput;
  const ci = input.media.findIndex((m) => m.name === channel);
  if (ci < 0) throw new Error(`${name} has no channel "${channel}"`);
  const n = input.dates.length;
  const shifts = Number(shiftsArg ?? 20);
  const lrOf = (media: typeof input.media) => fitMarketingMixModel({ ...input, media }, { seed: 1, bootstrap: 20 }).channels[ci].noEffectLr ?? 0;

  const observed = lrOf(input.media);
  const spend = input.media[ci].spend;
  const lrs: number[] = [];
  for (let k = 0; k < shifts; k++) {
    const s = Math.round(15 + ((n - 30) * k) / shifts);
    const shifted = spend.map((_, t) => spend[(t + s) % n]);
    lrs.push(lrOf(input.media.map((m, j) => (j === ci ? { ...m, spend: shifted } : m))));
  }
  lrs.sort((a, b) => a - b);
  const above = lrs.filter((v) => v >= observed).length;
  console.log(`${name} (+${offsetArg ?? 0}) ${channel}: observed LR ${observed.toFixed(2)}`);
  console.log(`shifted (${shifts}): ${lrs.map((v) => v.toFixed(1)).join(" ")}`);
  console.log(`shifted LRs at or above the observed one: ${above} of ${shifts} (permutation p ≈ ${((above + 1) / (shifts + 1)).toFixed(3)})`);
}

main();

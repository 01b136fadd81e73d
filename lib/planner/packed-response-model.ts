import type { ChannelResponse, ResponseModel } from "@/lib/mmm/types";

/**
 * The Planner page ships the response model to the browser, where sliders, the optimizer and the risk card compute.
 * Most of its bytes are the bootstrap draws: 200 draws × channels, each a full ChannelResponse object whose keys,
 * channel name, spend totals and adstock type repeat in every draw. Packed, each channel keeps what is the same in
 * every draw once, and the parameters that vary as one column of numbers per field (9 significant digits: a relative
 * change of at most 5e-10, far below anything the page shows). `unpackResponseModel` rebuilds the same object.
 */
export type PackedResponseModel = {
  kpi: string;
  weeks: number;
  channels: ChannelResponse[];
  /** Absent when the model has no draws. */
  draws?: {
    count: number;
    /** Per channel: the draw-0 object with varying leaves left as placeholders, and the varying leaves as columns. */
    channels: { template: unknown; columns: Record<string, number[]> }[];
  };
};

const SIGNIFICANT_DIGITS = 9;
const round = (v: number) => (Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(SIGNIFICANT_DIGITS)) : v);

type Leaf = string | number | boolean | null | undefined;
type Tree = Leaf | { [key: string]: Tree };

function leaves(value: Tree, prefix: string, out: Map<string, Leaf>) {
  if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, value);
  return out;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node = target;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

export function packResponseModel(model: ResponseModel): PackedResponseModel {
  const { draws, ...rest } = model;
  if (!draws?.length) return rest;
  const channels = model.channels.map((_, c) => {
    const perDraw = draws.map((d) => leaves(d[c] as unknown as Tree, "", new Map()));
    const first = perDraw[0];
    const columns: Record<string, number[]> = {};
    for (const [path, v0] of first) {
      const varies = perDraw.some((m) => m.get(path) !== v0 || m.size !== first.size);
      if (!varies) continue;
      if (typeof v0 !== "number" || perDraw.some((m) => typeof m.get(path) !== "number"))
        throw new Error(`packResponseModel: draw field ${path} of channel ${c} varies but is not a number`);
      columns[path] = perDraw.map((m) => round(m.get(path) as number));
    }
    const template = structuredClone(draws[0][c]) as unknown as Record<string, unknown>;
    for (const path of Object.keys(columns)) setPath(template, path, 0);
    return { template, columns };
  });
  return { ...rest, draws: { count: draws.length, channels } };
}

export function unpackResponseModel(packed: PackedResponseModel): ResponseModel {
  const { draws, ...rest } = packed;
  if (!draws) return rest;
  const out: ChannelResponse[][] = [];
  for (let k = 0; k < draws.count; k++) {
    out.push(
      draws.channels.map(({ template, columns }) => {
        const channel = structuredClone(template) as Record<string, unknown>;
        for (const [path, column] of Object.entries(columns)) setPath(channel, path, column[k]);
        return channel as unknown as ChannelResponse;
      }),
    );
  }
  return { ...rest, draws: out };
}

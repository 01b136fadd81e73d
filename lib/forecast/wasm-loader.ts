/**
 * Loads the augurs WebAssembly modules once per process. wasm-bindgen's default init fetches
 * `*_bg.wasm` by URL, which Node's fetch cannot do for file: URLs, so in Node we read the bytes
 * and call `initSync`; in a browser the default (fetch) init is used. This is the engine's only
 * I/O, kept here so every model stays a pure function once `loadAugurs()` has resolved.
 */
import * as ets from "@bsull/augurs/ets";
import * as mstl from "@bsull/augurs/mstl";
import * as prophet from "@bsull/augurs/prophet";
type ProphetOptimizer = ConstructorParameters<typeof prophet.Prophet>[0]["optimizer"];

type WasmModule = { initSync: (m: { module: BufferSource }) => unknown; default: () => Promise<unknown> };

let core: Promise<void> | null = null;
let prophetOptimizer: Promise<ProphetOptimizer> | null = null;

const isNode = typeof process !== "undefined" && Boolean(process.versions?.node);

async function initModule(mod: WasmModule, file: string, specifier: string): Promise<void> {
  if (!isNode) {
    await mod.default();
    return;
  }
  const { readFileSync } = await import("node:fs");
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  const jsPath = require.resolve(specifier);
  mod.initSync({ module: readFileSync(jsPath.replace(/[^/\\]+$/, file)) });
}

/** ETS and MSTL (fast, always needed). */
export function loadAugurs(): Promise<void> {
  core ??= Promise.all([
    initModule(ets as unknown as WasmModule, "ets_bg.wasm", "@bsull/augurs/ets"),
    initModule(mstl as unknown as WasmModule, "mstl_bg.wasm", "@bsull/augurs/mstl"),
  ]).then(() => undefined);
  return core;
}

/** Prophet module plus the Stan optimizer component (~80 ms to load, only when Prophet is used). */
export function loadProphet(): Promise<ProphetOptimizer> {
  prophetOptimizer ??= (async () => {
    await initModule(prophet as unknown as WasmModule, "prophet_bg.wasm", "@bsull/augurs/prophet");
    const { optimizer } = await import("@bsull/augurs-prophet-wasmstan");
    return optimizer as unknown as ProphetOptimizer;
  })();
  return prophetOptimizer;
}

export { ets as augursEts, mstl as augursMstl, prophet as augursProphet };

/**
 * Child process of `npm run bench:decisions`: receives { name, dir } messages, runs the case (run-case.ts)
 * and sends back { name, result } (or { name, error }). Exits when the parent disconnects.
 */
import { runCase } from "./run-case";

process.on("message", async (msg: { name: string; dir: string; seedOffset?: number }) => {
  try {
    const result = await runCase(msg.name, msg.dir, msg.seedOffset ?? 0);
    process.send!({ name: msg.name, result });
  } catch (error) {
    process.send!({ name: msg.name, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
  }
});
process.on("disconnect", () => process.exit(0));

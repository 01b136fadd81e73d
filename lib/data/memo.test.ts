import { describe, expect, it } from "vitest";
import { forget, memo } from "./memo";

describe("memo", () => {
  it("shares one computation between concurrent callers and reuses it within the TTL", async () => {
    let calls = 0;
    const compute = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      return calls;
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => memo("k1", 1000, compute)));
    expect(new Set(results)).toEqual(new Set([1]));
    expect(await memo("k1", 1000, compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it("recomputes after the TTL, after forget, and after a failure", async () => {
    let calls = 0;
    const compute = async () => ++calls;
    await memo("k2", 1, compute);
    await new Promise((r) => setTimeout(r, 5));
    expect(await memo("k2", 1, compute)).toBe(2);
    forget("k2");
    expect(await memo("k2", 1000, compute)).toBe(3);
    await expect(memo("k3", 1000, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await new Promise((r) => setTimeout(r, 0));
    expect(await memo("k3", 1000, async () => "ok")).toBe("ok");
  });
});

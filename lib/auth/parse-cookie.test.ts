import { describe, expect, it } from "vitest";
import { parseCookie } from "./api-auth";

describe("parseCookie", () => {
  it("reads a cookie by name and decodes it", () => {
    expect(parseCookie("a=1; mixcast_session=abc%20def; b=2", "mixcast_session")).toBe("abc def");
    expect(parseCookie("a=1", "mixcast_session")).toBeUndefined();
  });

  it.each(["%E0%A4%A", "%", "%zz"])("a value that is not valid percent-encoding (%s) reads as absent instead of throwing", (value) => {
    expect(parseCookie(`mixcast_session=${value}`, "mixcast_session")).toBeUndefined();
    // Another malformed cookie does not hide a good one.
    expect(parseCookie(`other=${value}; mixcast_session=ok`, "mixcast_session")).toBe("ok");
  });
});

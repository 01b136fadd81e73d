import { describe, expect, it } from "vitest";
import { readClientHeader, stampClientHeader } from "./request-client";

describe("client header", () => {
  it("round-trips an address stamped by the server", () => {
    expect(readClientHeader(stampClientHeader("198.51.100.7"))).toBe("198.51.100.7");
  });
  it("ignores a header a client wrote itself", () => {
    stampClientHeader("x");
    expect(readClientHeader("guess 1.2.3.4")).toBe("unknown");
    expect(readClientHeader("1.2.3.4")).toBe("unknown");
    expect(readClientHeader(null)).toBe("unknown");
  });
});

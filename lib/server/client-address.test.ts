import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

const none = new Set<string>();
const proxy = parseTrustedProxies("10.0.0.1, ::1");

describe("clientAddress", () => {
  it("uses the socket and ignores a client-supplied X-Forwarded-For without a trusted proxy (issue 11, item 4)", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", "1.2.3.4, 5.6.7.8", none)).toBe("203.0.113.9");
  });

  it("behind a trusted proxy takes the right-most untrusted hop", () => {
    expect(clientAddress("10.0.0.1", "6.6.6.6, 198.51.100.7", proxy)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.1", ["6.6.6.6", "198.51.100.7, 10.0.0.1"], proxy)).toBe("198.51.100.7");
  });

  it("falls back to the peer when the forwarded chain holds nothing usable", () => {
    expect(clientAddress("10.0.0.1", "not-an-ip, 10.0.0.1", proxy)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", undefined, proxy)).toBe("10.0.0.1");
    expect(clientAddress(undefined, "1.2.3.4", none)).toBe("unknown");
  });

  it("parses the trusted list, dropping what is not an address", () => {
    expect([...parseTrustedProxies(" 10.0.0.1 ,foo,::ffff:192.0.2.1,")]).toEqual(["10.0.0.1", "192.0.2.1"]);
  });
});

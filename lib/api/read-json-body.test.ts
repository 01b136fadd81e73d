import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-json-body";

const request = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readJsonBody", () => {
  it("parses a JSON body within the limit", async () => {
    expect(await readJsonBody(request('{"a":[1,2]}'), "an object", 100)).toEqual({ ok: true, body: { a: [1, 2] } });
  });

  it("answers 400 when the body is not JSON", async () => {
    const r = await readJsonBody(request("{nope"), "an object", 100);
    expect(r.ok || r.response.status).toBe(400);
  });

  it("answers 413 for a body over the limit", async () => {
    const r = await readJsonBody(request(`"${"x".repeat(200)}"`), "an object", 100);
    expect(r.ok || r.response.status).toBe(413);
    if (!r.ok) expect((await r.response.json()).fieldErrors).toEqual({ body: ["too large"] });
  });

  it("answers 413 from a Content-Length over the limit without reading the body", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => ((pulled += 1), pulled > 10_000 ? c.close() : c.enqueue(new Uint8Array(10))) });
    const r = await readJsonBody(request(body, { "content-length": "1000000" }), "an object", 100);
    expect(r.ok || r.response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1); // a stream may be primed once when the Request is built
  });

  it("stops reading a streamed body without Content-Length once it passes the limit", async () => {
    let pulled = 0;
    // 400 kB if read to the end
    const body = new ReadableStream<Uint8Array>({ pull: (c) => ((pulled += 1), pulled > 10_000 ? c.close() : c.enqueue(new Uint8Array(40).fill(32))) });
    const r = await readJsonBody(request(body), "an object", 100);
    expect(r.ok || r.response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(5);
  });
});

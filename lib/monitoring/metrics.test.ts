import { describe, expect, it } from "vitest";
import { metrics, withApiMetrics, withReplyMetrics } from "./metrics";

const count = async (route: string, status: string) => {
  const h = (await metrics().httpDuration.get()).values.find(
    (v) => v.metricName === "mixcast_http_request_duration_seconds_count" && v.labels.route === route && v.labels.status === status,
  );
  return h?.value ?? 0;
};
const errors = async () => (await metrics().errors.get()).values.find((v) => v.labels.source === "api")?.value ?? 0;

describe("API metrics wrappers", () => {
  it("withApiMetrics observes each response by status, counts 5xx, and turns a throw into the API's 500", async () => {
    const handler = withApiMetrics("/t/api", async (request: Request) =>
      request.url.endsWith("boom") ? Promise.reject(new Error("boom")) : new Response("{}", { status: request.url.endsWith("bad") ? 503 : 200 }),
    );
    const e0 = await errors();
    expect((await handler(new Request("http://x/ok"))).status).toBe(200);
    expect((await handler(new Request("http://x/bad"))).status).toBe(503);
    const thrown = await handler(new Request("http://x/boom"));
    expect(thrown.status).toBe(500);
    expect((await thrown.json()).error).toMatch(/Internal error/);
    expect([await count("/t/api", "200"), await count("/t/api", "503"), await count("/t/api", "500")]).toEqual([1, 1, 1]);
    expect((await errors()) - e0).toBe(2);
  });

  it("withReplyMetrics does the same for handlers that answer an ApiReply", async () => {
    const handler = withReplyMetrics("/t/reply", "POST", async (fail: boolean) => (fail ? Promise.reject(new Error("x")) : { status: 201, body: {} }));
    expect(await handler(false)).toEqual({ status: 201, body: {} });
    expect((await handler(true)).status).toBe(500);
    expect([await count("/t/reply", "201"), await count("/t/reply", "500")]).toEqual([1, 1]);
  });
});

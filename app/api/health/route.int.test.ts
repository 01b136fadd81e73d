import { afterAll, describe, expect, it } from "vitest";
import { stopQueue } from "@/lib/jobs/queue";
import { GET } from "./route";

/** /api/health is public: when something is down it says what, never the connection error behind it. */
describe("GET /api/health", () => {
  const realUrl = process.env.DATABASE_URL!;
  afterAll(async () => {
    process.env.DATABASE_URL = realUrl;
    await stopQueue();
  });

  it("answers ok with the database latency and the queue backlog", async () => {
    const res = await GET(new Request("http://localhost/api/health"));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { ok: true }, queue: { ok: true } });
  });

  it("tells an anonymous caller only 'down', without the connection error's host, port or user", async () => {
    await stopQueue();
    const unreachable = new URL(realUrl);
    unreachable.port = "1"; // nothing listens there: as if the database were down
    process.env.DATABASE_URL = unreachable.toString();
    const res = await GET(new Request("http://localhost/api/health"));
    process.env.DATABASE_URL = realUrl;
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      status: "down",
      error: "The database and job queue cannot be reached; details are in the server log.",
      database: { ok: false },
      queue: { ok: false },
    });
    for (const secret of ["ECONNREFUSED", "127.0.0.1", unreachable.hostname, unreachable.username].filter(Boolean)) expect(text).not.toContain(secret);
  });
});

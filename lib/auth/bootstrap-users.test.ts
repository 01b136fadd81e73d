import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { demoCredentialsFile, describeDemoUsers } from "./bootstrap-users";

describe("demo credentials in the start log (issue 11, item 12)", () => {
  const saved = process.env.MIXCAST_DATA_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.MIXCAST_DATA_DIR;
    else process.env.MIXCAST_DATA_DIR = saved;
  });

  it("names the file in MIXCAST_DATA_DIR and prints no password", () => {
    process.env.MIXCAST_DATA_DIR = "/srv/mixcast-data";
    const demo = {
      users: [
        { email: "admin@demo.mixcast", role: "admin", password: "demo-secret-1" },
        { email: "viewer@demo.mixcast", role: "viewer", password: "demo-secret-2" },
      ],
    };
    const lines = describeDemoUsers(demo, demoCredentialsFile()).join("\n");
    expect(lines).toContain(path.join("/srv/mixcast-data", "demo-credentials.json"));
    expect(lines).toContain("admin@demo.mixcast (admin)");
    expect(lines).not.toMatch(/demo-secret/);
    expect(lines).not.toContain(".mixcast/demo-credentials.json");
  });
});

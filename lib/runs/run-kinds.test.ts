import { describe, expect, it } from "vitest";
import {
  ACTIVE_RUN_STATUSES,
  FINISHED_RUN_STATUSES,
  isActiveRunStatus,
  RUN_KIND_LABELS,
  RUN_KINDS,
  RUN_STATUSES,
  runKindSchema,
  runStatusSchema,
} from "./run-kinds";

describe("run kinds and statuses", () => {
  it("splits every status into active or finished, exactly once", () => {
    expect([...ACTIVE_RUN_STATUSES, ...FINISHED_RUN_STATUSES].sort()).toEqual([...RUN_STATUSES].sort());
    expect(RUN_STATUSES.filter(isActiveRunStatus)).toEqual(["queued", "running"]);
  });

  it("parses only the known kinds and statuses", () => {
    expect(runKindSchema.safeParse("mmm").success).toBe(true);
    expect(runKindSchema.safeParse("geo").success).toBe(false);
    expect(runStatusSchema.safeParse("done").success).toBe(false);
    expect(Object.keys(RUN_KIND_LABELS).sort()).toEqual([...RUN_KINDS].sort());
  });
});

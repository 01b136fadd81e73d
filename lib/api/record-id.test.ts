import { describe, expect, it } from "vitest";
import { MAX_RECORD_ID, parseRecordId } from "./record-id";

describe("parseRecordId", () => {
  it.each([
    ["1", 1],
    [42, 42],
    ["2147483647", MAX_RECORD_ID],
  ])("accepts %j", (value, id) => {
    expect(parseRecordId(value)).toBe(id);
  });

  it.each(["2147483648", "99999999999", 2147483648, "0", 0, "-1", -1, "1.5", 1.5, "1e3", "0x10", " 7", "", "abc", null, undefined, Number.NaN, Infinity])(
    "refuses %j",
    (value) => {
      expect(parseRecordId(value)).toBeNull();
    },
  );
});

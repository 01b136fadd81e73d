import { describe, expect, it } from "vitest";
import { parsePulsePattern } from "./pulse-pattern";

describe("parsePulsePattern", () => {
  it.each([
    ["2 on / 2 off", { on: 2, off: 2 }],
    ["3on1off", { on: 3, off: 1 }],
    ["1/3", { on: 1, off: 3 }],
    [" 4 ON , 0 OFF ", { on: 4, off: 0 }],
  ])("reads %s", (text, expected) => expect(parsePulsePattern(text)).toEqual(expected));
  it.each(["", "two on", "0 on / 2 off", "2 on / 99 off"])("rejects %j with a message", (text) =>
    expect(() => parsePulsePattern(text)).toThrow(/parsePulsePattern/),
  );
});

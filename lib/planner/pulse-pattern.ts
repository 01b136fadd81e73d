/**
 * Reads a flighting pattern typed by a person: "2 on / 2 off", "3on1off", "1/1" (on/off weeks).
 * @throws {Error} parsePulsePattern: a message that says what to type.
 * @example parsePulsePattern("2 on / 2 off") // { on: 2, off: 2 }
 */
export function parsePulsePattern(text: string): { on: number; off: number } {
  const m = /^\s*(\d+)\s*(?:on)?\s*[/,;]?\s*(\d+)\s*(?:off)?\s*$/i.exec(text);
  if (!m) throw new Error(`parsePulsePattern: write the pattern as "2 on / 2 off" (weeks on, weeks off), got "${text}"`);
  const on = Number(m[1]);
  const off = Number(m[2]);
  if (on < 1) throw new Error("parsePulsePattern: at least one week must be on");
  if (on > 52 || off > 52) throw new Error("parsePulsePattern: on and off runs must be at most 52 weeks");
  return { on, off };
}

/**
 * Names every plain JavaScript object already answers to: `__proto__`, `constructor`, `toString`, `valueOf`,
 * `hasOwnProperty`, … A CSV column with such a name, used as a key of a `{}`, reads inherited machinery instead of
 * the file's data (and `__proto__` silently drops what is assigned to it). CSV readers either look such names up
 * with `Object.hasOwn` / in a Map, or refuse them with {@link reservedColumnMessage}.
 */
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** True when `name` (exactly as it would be used as a key) is a property of every plain object. */
export function isReservedColumnName(name: string): boolean {
  return RESERVED.has(name);
}

/** The message a CSV reader gives for a column (or key) it cannot use under its reserved name. */
export function reservedColumnMessage(name: string, what = "column"): string {
  return `${what} "${name}" has a name reserved by JavaScript objects; rename it`;
}

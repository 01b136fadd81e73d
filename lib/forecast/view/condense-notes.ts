/**
 * The engine writes one note per regressor whose future was carried forward; on a page that is
 * a wall of near-identical lines. This folds them into one note and keeps every other note.
 */
const CARRIED = /^regressor "([^"]+)": (\d+) of (\d+) future values missing, last known value carried forward$/;

export function condenseNotes(notes: string[]): string[] {
  const carried: string[] = [];
  const rest: string[] = [];
  for (const n of notes) {
    const m = CARRIED.exec(n);
    if (m && m[2] === m[3]) carried.push(m[1]);
    else rest.push(n);
  }
  return carried.length ? [`future values of ${carried.join(", ")}: last known value carried forward (no plan given)`, ...rest] : rest;
}

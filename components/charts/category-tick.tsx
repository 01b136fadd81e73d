"use client";

/**
 * An x-axis tick for category names (channels) that wraps at spaces onto two lines, so six names fit a phone-width
 * chart without overlapping ("Paid search" over "Paid social") and without Recharts dropping every other label.
 * Use with `interval={0}` and `height={CATEGORY_TICK_HEIGHT}` on the XAxis.
 */
export const CATEGORY_TICK_HEIGHT = 36;

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

export function CategoryTick({ x = 0, y = 0, payload }: TickProps) {
  const words = String(payload?.value ?? "")
    .split(/\s+/)
    .filter(Boolean);
  // Two lines at most: the first word, then the rest (channel names are one to three words).
  const lines = words.length > 1 ? [words[0], words.slice(1).join(" ")] : words;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" fontSize={11} fill="#475569">
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 10 : 12}>
          {/* The space keeps the label's text "Paid search" for screen readers and text search. */}
          {i < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}

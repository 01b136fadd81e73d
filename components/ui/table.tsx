import type { ComponentProps } from "react";

/**
 * The table primitive: the base look every data table shares (full width, left-aligned, a muted header, a hairline
 * between rows), so pages only say what differs. Variants instead of overriding classes: two Tailwind utilities for
 * the same property (say two text colours) resolve by stylesheet order, not by the order they are written in.
 */
const join = (...classes: (string | false | null | undefined)[]) => classes.filter(Boolean).join(" ");

const SIZE = { sm: "text-sm", xs: "text-xs" } as const;
/** `panel`: a header on a tinted band (a scrolling results table inside a form). */
const HEAD_TONE = { muted: "text-slate-500", danger: "text-rose-900 bg-rose-100", panel: "text-slate-600 bg-slate-50" } as const;
/** `total`: a stronger rule above a totals row. */
const ROW_TONE = { muted: "border-slate-100", danger: "border-rose-100", total: "border-slate-300" } as const;

export function Table({ size = "sm", className, ...props }: ComponentProps<"table"> & { size?: keyof typeof SIZE }) {
  return <table className={join("w-full text-left", SIZE[size], className)} {...props} />;
}

/** `sticky` keeps the header visible while a scrolling container moves under it. `small` for a body of text-sm. */
export function TableHead({
  tone = "muted",
  sticky = false,
  small = false,
  className,
  ...props
}: ComponentProps<"thead"> & { tone?: keyof typeof HEAD_TONE; sticky?: boolean; small?: boolean }) {
  return (
    <thead
      className={join("text-left", HEAD_TONE[tone], small && "text-xs", sticky && "sticky top-0", sticky && tone === "muted" && "bg-white", className)}
      {...props}
    />
  );
}

export function TableBody(props: ComponentProps<"tbody">) {
  return <tbody {...props} />;
}

export function TableRow({ tone = "muted", className, ...props }: ComponentProps<"tr"> & { tone?: keyof typeof ROW_TONE }) {
  return <tr className={join("border-t", ROW_TONE[tone], className)} {...props} />;
}

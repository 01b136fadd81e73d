/** A small "i" that explains a number. Uses a native tooltip (title) plus an accessible label for screen readers. */
export function InfoTip({ text }: { text: string }) {
  return (
    <span
      role="img"
      aria-label={text}
      title={text}
      tabIndex={0}
      className="inline-grid h-4 w-4 cursor-help place-items-center rounded-full border border-slate-300 text-[10px] font-semibold normal-case text-slate-500 outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
    >
      i
    </span>
  );
}

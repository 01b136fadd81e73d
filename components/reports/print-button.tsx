"use client";

/** Opens the browser's print dialog (the report page has print styles: no sidebar, no buttons). */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500"
    >
      Print
    </button>
  );
}

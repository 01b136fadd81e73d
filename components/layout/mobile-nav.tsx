"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Sidebar, type SidebarUser } from "./sidebar";

/**
 * Below the md breakpoint the sidebar collapses into a top bar with a menu button (a disclosure, WAI-ARIA pattern):
 * the button opens the navigation as a panel over the page, focus moves to the first link, Tab stays inside the
 * panel while it is open, Escape or a click outside closes it and focus returns to the button. Following a link
 * closes it too.
 */
export function MobileNav({ datasetName, user }: { datasetName: string | null; user: SidebarUser }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // A new page closes the menu (its links navigate without a full reload).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>("a, button")?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        setOpen(false);
        button.current?.focus();
        return;
      }
      if (e.key !== "Tab" || !panel.current) return;
      const focusable = [button.current, ...panel.current.querySelectorAll<HTMLElement>("a[href], button:not([disabled])")].filter((x): x is HTMLElement =>
        Boolean(x),
      );
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="sticky top-0 z-40 md:hidden">
      <div className="flex h-14 items-center justify-between border-b border-slate-200 bg-white px-4">
        <Link href="/" className="flex items-center gap-2" aria-label="Mixcast home">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm font-bold text-white">
            M
          </span>
          <span className="text-lg font-semibold tracking-tight">Mixcast</span>
        </Link>
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls="mobile-menu"
          onClick={() => setOpen((o) => !o)}
          className="inline-flex h-10 items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
        >
          <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
            {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
          </svg>
          {open ? "Close" : "Menu"}
        </button>
      </div>
      {open && (
        <>
          <div aria-hidden className="fixed inset-0 top-14 bg-slate-900/30" onClick={() => setOpen(false)} />
          <div
            id="mobile-menu"
            ref={panel}
            className="absolute inset-x-0 top-14 max-h-[calc(100vh-3.5rem)] overflow-y-auto border-b border-slate-200 bg-white shadow-lg"
          >
            <Sidebar datasetName={datasetName} user={user} compact />
          </div>
        </>
      )}
    </div>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NAV_ITEMS } from "./nav-items";

export function Sidebar({ datasetName }: { datasetName: string | null }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex h-full flex-col gap-1 p-3">
      <Link href="/" className="mb-4 flex items-center gap-2 px-2 py-1">
        <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm font-bold text-white">M</span>
        <span className="text-lg font-semibold tracking-tight">Mixcast</span>
      </Link>
      {NAV_ITEMS.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-500 ${
              active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100"
            }`}
          >
            {item.label}
          </Link>
        );
      })}
      <div className="mt-auto px-3 pt-4 text-xs text-slate-500">
        Dataset
        <div className="truncate font-medium text-slate-700" title={datasetName ?? "none"}>
          {datasetName ?? "none yet"}
        </div>
      </div>
    </nav>
  );
}

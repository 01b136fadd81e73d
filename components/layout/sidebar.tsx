"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "@/lib/actions/sign-out";
import { NAV_ITEMS } from "./nav-items";

export type SidebarUser = { name: string; email: string; role: string };

/** The navigation: a column beside the page from md up; inside the mobile menu (compact: no logo, no stretching) below. */
export function Sidebar({ datasetName, user, compact = false }: { datasetName: string | null; user: SidebarUser; compact?: boolean }) {
  const pathname = usePathname();
  const items = user.role === "admin" ? [...NAV_ITEMS, { href: "/admin", label: "Admin", description: "Users, tokens, audit" }] : NAV_ITEMS;
  return (
    <nav aria-label="Main" className={`flex flex-col gap-1 p-3 ${compact ? "" : "h-full"}`}>
      {!compact && (
        <Link href="/" className="mb-4 flex items-center gap-2 px-2 py-1">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm font-bold text-white">
            M
          </span>
          <span className="text-lg font-semibold tracking-tight">Mixcast</span>
        </Link>
      )}
      {items.map((item) => {
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
      <div className={`flex flex-col gap-3 px-3 pt-4 text-xs text-slate-500 ${compact ? "border-t border-slate-100" : "mt-auto"}`}>
        <div>
          Dataset
          <div className="truncate font-medium text-slate-700" title={datasetName ?? "none"}>
            {datasetName ?? "none yet"}
          </div>
        </div>
        <div>
          Signed in as
          <div className="truncate font-medium text-slate-700" title={user.email}>
            {user.name}
          </div>
          <div>{user.role}</div>
          <Link href="/account" className="mt-1 block text-brand-600 underline outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
            Account
          </Link>
          <form action={signOut}>
            <button type="submit" className="mt-1 text-brand-600 underline outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </nav>
  );
}

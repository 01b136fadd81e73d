import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { RoleProvider } from "@/components/auth/role-context";
import { HideOnPublicPaths } from "@/components/layout/hide-on-public-paths";
import { MobileNav } from "@/components/layout/mobile-nav";
import { Sidebar } from "@/components/layout/sidebar";
import { Providers } from "@/components/providers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isPublicPath } from "@/lib/auth/public-paths";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Mixcast", template: "%s · Mixcast" },
  description: "Forecast demand, measure channel ROI, plan budgets and score promotions.",
};

export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const path = (await headers()).get("x-mixcast-path") ?? "/";
  const isPublic = isPublicPath(path);
  const user = isPublic ? null : await getCurrentUser();
  // The proxy has already turned away requests without a valid session; this check (and each page's own) stays
  // because the sidebar needs the user and a layout must never be the only gate.
  if (!isPublic && !user) redirect(safeNextPath(path) === "/" ? "/login" : `/login?next=${encodeURIComponent(safeNextPath(path))}`);
  const dataset = user ? await fetchActiveDataset().catch(() => null) : null;
  return (
    <html lang="en">
      <body>
        <Providers>
          {user ? (
            <RoleProvider role={user.role}>
              {/* Phones get a top bar with a menu; from md (768 px) up the sidebar stays beside the page. */}
              <HideOnPublicPaths>
                <MobileNav datasetName={dataset?.name ?? null} user={{ name: user.name || user.email, email: user.email, role: user.role }} />
              </HideOnPublicPaths>
              <div className="min-h-screen md:flex">
                <HideOnPublicPaths>
                  <aside className="hidden w-56 shrink-0 border-r border-slate-200 bg-white md:block">
                    <div className="sticky top-0 h-screen">
                      <Sidebar datasetName={dataset?.name ?? null} user={{ name: user.name || user.email, email: user.email, role: user.role }} />
                    </div>
                  </aside>
                </HideOnPublicPaths>
                <main className="min-w-0 flex-1 px-4 py-4 md:px-8 md:py-6">{children}</main>
              </div>
            </RoleProvider>
          ) : (
            <main className="min-h-screen px-4 py-6">{children}</main>
          )}
        </Providers>
      </body>
    </html>
  );
}

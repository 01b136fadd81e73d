import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Sidebar } from "@/components/layout/sidebar";
import { Providers } from "@/components/providers";
import { fetchActiveDataset } from "@/lib/data/datasets";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Mixcast", template: "%s · Mixcast" },
  description: "Forecast demand, measure channel ROI, plan budgets and score promotions.",
};

export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const dataset = await fetchActiveDataset().catch(() => null);
  return (
    <html lang="en">
      <body>
        <Providers>
          <div className="flex min-h-screen">
            <aside className="w-56 shrink-0 border-r border-slate-200 bg-white">
              <div className="sticky top-0 h-screen">
                <Sidebar datasetName={dataset?.name ?? null} />
              </div>
            </aside>
            <main className="min-w-0 flex-1 px-8 py-6">{children}</main>
          </div>
        </Providers>
      </body>
    </html>
  );
}

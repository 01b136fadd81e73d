import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";

export const metadata: Metadata = { title: "Promo planner" };

export default function Page() {
  return <NotBuiltYet title="Promo planner" what="Go/no-go scoring of planned promotions arrives with the promo model." />;
}

import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";

export const metadata: Metadata = { title: "Planner" };

export default function Page() {
  return <NotBuiltYet title="Planner" what="Budget allocation with sliders and an optimizer arrives with the planner." />;
}

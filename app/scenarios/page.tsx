import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";

export const metadata: Metadata = { title: "Scenarios" };

export default function Page() {
  return <NotBuiltYet title="Scenarios" what="Saved plans compared side by side arrive with the planner." />;
}

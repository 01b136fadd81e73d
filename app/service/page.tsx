import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";

export const metadata: Metadata = { title: "Service risk" };

export default function Page() {
  return <NotBuiltYet title="Service risk" what="Low-satisfaction risk for open service interactions arrives with the service model." />;
}

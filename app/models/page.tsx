import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";

export const metadata: Metadata = { title: "Models" };

export default function Page() {
  return <NotBuiltYet title="Models" what="The model registry, jobs, drift and accuracy monitoring arrive with the MLOps issue." />;
}

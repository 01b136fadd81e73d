import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";

export const metadata: Metadata = { title: "Channel ROI" };

export default function Page() {
  return <NotBuiltYet title="Channel ROI" what="ROI, marginal ROI and response curves from the marketing mix model arrive with the mix-model engine." />;
}

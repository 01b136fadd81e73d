import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/ui/not-built-yet";

export const metadata: Metadata = { title: "Forecasts" };

export default function Page() {
  return <NotBuiltYet title="Forecasts" what="Weekly demand forecasts per channel and region with intervals, model leaderboard and the money cost of forecast error arrive with the forecasting engine." />;
}

"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { unpackResponseModel, type PackedResponseModel } from "@/lib/planner/packed-response-model";
import type { PlannerPanelProps } from "./planner-panel";

/**
 * The planner computes in the browser (sliders, optimizer, allocation curve, flighting, bootstrap band). Rendering
 * it on the server too would run all of that once per request on the server's CPU for HTML that the browser
 * recomputes anyway, so the server sends a placeholder and the browser renders the panel.
 */
const PlannerPanel = dynamic(() => import("./planner-panel").then((m) => m.PlannerPanel), {
  ssr: false,
  loading: () => (
    <div role="status" aria-label="Loading the planner" className="flex flex-col gap-4">
      <Skeleton className="h-28 w-full" />
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-96 w-full" />
    </div>
  ),
});

/** The page sends the response model packed (its draws as columns, see packed-response-model.ts); unpacked once here. */
export function PlannerPanelClient({ model, ...props }: Omit<PlannerPanelProps, "model"> & { model: PackedResponseModel }) {
  const unpacked = useMemo(() => unpackResponseModel(model), [model]);
  return <PlannerPanel model={unpacked} {...props} />;
}

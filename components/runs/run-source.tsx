import Link from "next/link";

/** "Numbers from run #12 (dataset v9, fitted 2026-11-22 12:40 UTC)": every page says where its numbers come from. */
export function RunSource({ run }: { run: { id: number; datasetVersion: number; finishedAt: Date | null; codeVersion?: string } }) {
  return (
    <p className="text-xs text-slate-500">
      Numbers from{" "}
      <Link href={`/models?run=${run.id}`} className="text-brand-600 underline">
        run #{run.id}
      </Link>{" "}
      · dataset v{run.datasetVersion}
      {run.finishedAt ? ` · fitted ${run.finishedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : ""}
      {run.codeVersion ? ` · code ${run.codeVersion}` : ""}
    </p>
  );
}

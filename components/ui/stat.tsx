import type { ReactNode } from "react";
import { InfoTip } from "./info-tip";

export function Stat({
  label,
  value,
  hint,
  delta,
  tone = "neutral",
}: {
  label: string;
  value: ReactNode;
  hint?: string;
  delta?: ReactNode;
  tone?: "neutral" | "good" | "bad";
}) {
  const toneClass = tone === "good" ? "text-emerald-700" : tone === "bad" ? "text-rose-700" : "text-slate-500";
  return (
    <div className="min-w-0 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <div className="flex flex-wrap items-center gap-1 text-xs font-medium uppercase tracking-wide text-slate-500">
        {label}
        {hint && <InfoTip text={hint} />}
      </div>
      <div className="tabular mt-1 text-2xl font-semibold break-words text-slate-900">{value}</div>
      {delta && <div className={`tabular mt-0.5 text-xs ${toneClass}`}>{delta}</div>}
    </div>
  );
}

import Link from "next/link";
import type { RelationshipItem } from "@/lib/explore";

/** The strongest relationships in plain words, each with its caveat and, for spend, the way to the modelled effect. */
export function RelationshipList({ items }: { items: RelationshipItem[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-500">No driver moves with the KPI clearly enough (every 95 % interval includes zero).</p>;
  return (
    <ol className="flex flex-col gap-3" data-testid="relationships">
      {items.map((item, i) => (
        <li key={item.driverKey} className="flex gap-3 text-sm">
          <span aria-hidden className="mt-0.5 grid h-5 w-5 shrink-0 place-items-center rounded-full bg-brand-50 text-xs font-semibold text-brand-700">
            {i + 1}
          </span>
          <div className="min-w-0">
            <p className="text-slate-800">{item.text}</p>
            <p className="mt-0.5 text-xs text-slate-500">
              {item.caveat}{" "}
              {item.href && (
                <Link href={item.href} className="text-brand-600 underline">
                  See Channel ROI
                </Link>
              )}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}

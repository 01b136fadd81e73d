"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "@/components/charts/colors";

/** Driver labels people read (the engines' group keys are short). */
const LABELS: Record<string, string> = {
  type: "Interaction type",
  channel: "Contact channel",
  repeat: "Repeat contact",
  wait: "Wait time",
  history: "Customer's past ratings",
  hour: "Hour of day",
  weekday: "Weekday",
  age: "Customer age",
  tenure: "Customer tenure",
  segment: "Customer segment",
  region: "Region",
  discount: "Discount",
  duration: "Duration",
  category: "Category",
  promoType: "Promo type",
  season: "Start month",
  holiday: "Holiday in window",
  baseline: "Recent region revenue",
  concurrency: "Concurrent promos",
};

export const driverLabel = (group: string) => LABELS[group] ?? group;

/**
 * Permutation importance per driver: how much validation AUC drops when that driver is shuffled. Horizontal bars,
 * largest first; a driver at ~0 is one the model does not rely on.
 */
export function ImportanceChart({
  importance,
  label = "Drop in validation AUC when shuffled",
}: {
  importance: { group: string; importance: number }[];
  label?: string;
}) {
  const data = importance.map((i) => ({ driver: driverLabel(i.group), importance: Math.max(0, i.importance) }));
  return (
    <figure>
      <div className="w-full" style={{ height: Math.max(160, 28 * data.length + 40) }}>
        <ResponsiveContainer>
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 11 }} tickFormatter={(v: number) => v.toFixed(3)} />
            <YAxis type="category" dataKey="driver" tick={{ fontSize: 11 }} width={150} />
            <Tooltip formatter={(v) => [Number(v).toFixed(4), "AUC drop"]} />
            <Bar dataKey="importance" fill={seriesColor(0)} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-slate-500">
        {label}, on the latest 20 % of the data (not used to fit). Longer bar = the model relies on it more.
      </figcaption>
    </figure>
  );
}

import { Badge } from "@/components/ui/badge";
import type { AlertView } from "@/lib/data/reads/alerts";

export function AlertList({ alerts, empty }: { alerts: AlertView[]; empty: string }) {
  if (alerts.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {alerts.map((a) => (
        <li key={a.id} className="text-sm">
          <div className="flex items-center gap-2">
            <Badge tone={a.severity === "critical" ? "bad" : a.severity === "warning" ? "warn" : "info"}>{a.severity}</Badge>
            <span className="font-medium text-slate-800">{a.title}</span>
            {a.status === "acknowledged" && <Badge>acknowledged</Badge>}
          </div>
          <p className="mt-0.5 text-slate-600">{a.message}</p>
          <p className="text-xs text-slate-400">
            {new Date(a.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
            {a.runId ? ` · run #${a.runId}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}

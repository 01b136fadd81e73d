import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { AlertActions } from "./alert-actions";

export type AlertRow = { id: number; severity: string; title: string; message: string; status: string; runId: number | null; createdAt: Date };

const STATUS_TONE: Record<string, "warn" | "neutral" | "good"> = { open: "warn", acknowledged: "neutral", resolved: "good" };

/**
 * The Models page's alert list: a table from sm up, stacked cards on phones (one grid per alert, so the same
 * markup and the same buttons serve both). Status and time are separate cells with their own labels on phones.
 */
export function AlertsTable({ alerts }: { alerts: AlertRow[] }) {
  return (
    <div role="table" aria-label="Alerts" className="text-sm" data-testid="alerts-table">
      <div role="rowgroup" className="hidden sm:block">
        <div role="row" className="grid grid-cols-[6rem_minmax(0,1fr)_7.5rem_9rem_11rem] gap-3 py-1 text-xs font-medium text-slate-500">
          <span role="columnheader">Severity</span>
          <span role="columnheader">Alert</span>
          <span role="columnheader">Status</span>
          <span role="columnheader">Raised (UTC)</span>
          <span role="columnheader" className="sr-only">
            Actions
          </span>
        </div>
      </div>
      <div role="rowgroup">
        {alerts.map((a) => (
          <div
            key={a.id}
            role="row"
            className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 border-t border-slate-100 py-2 sm:grid-cols-[6rem_minmax(0,1fr)_7.5rem_9rem_11rem] sm:gap-y-0"
            data-testid={`alert-row-${a.id}`}
          >
            <span role="cell">
              <Badge tone={a.severity === "critical" ? "bad" : a.severity === "warning" ? "warn" : "info"}>{a.severity}</Badge>
            </span>
            <span role="cell" className="min-w-0">
              <span className="font-medium">{a.title}</span>
              <span className="block text-xs text-slate-600">{a.message}</span>
              {a.runId && (
                <Link className="text-xs text-brand-600 underline" href={`/models/runs/${a.runId}`}>
                  run #{a.runId}
                </Link>
              )}
            </span>
            <span role="cell" className="col-start-2 sm:col-start-auto">
              <span className="sr-only sm:hidden">Status: </span>
              <Badge tone={STATUS_TONE[a.status] ?? "neutral"}>{a.status}</Badge>
            </span>
            <span role="cell" className="tabular col-start-2 text-xs text-slate-600 sm:col-start-auto sm:text-sm sm:text-slate-800">
              <span className="sm:hidden">raised </span>
              <time dateTime={a.createdAt.toISOString()}>{a.createdAt.toISOString().slice(0, 16).replace("T", " ")}</time>
              <span className="sm:hidden"> UTC</span>
            </span>
            <span role="cell" className="col-start-2 sm:col-start-auto sm:text-right">
              <AlertActions id={a.id} status={a.status} />
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}

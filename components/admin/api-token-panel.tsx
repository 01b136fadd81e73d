"use client";

import { useActionState, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { createApiToken } from "@/lib/actions/create-api-token";
import { revokeApiToken } from "@/lib/actions/revoke-api-token";
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from "@/lib/auth/token-lifetime";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

type TokenView = {
  id: number;
  name: string;
  scope: string;
  owner: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expiresAt: string;
};

export function ApiTokenPanel({ tokens, nowIso }: { tokens: TokenView[]; nowIso: string }) {
  const [state, action, pending] = useActionState(createApiToken, null);
  const [revoking, start] = useTransition();
  const [revokeError, setRevokeError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-wrap items-end gap-3" aria-label="Create an API token">
        <div>
          <label htmlFor="token-name" className="mb-1 block text-xs font-medium text-slate-600">
            Name
          </label>
          <input id="token-name" name="name" className="rounded-md border border-slate-300 px-2 py-1.5 text-sm" placeholder="e.g. BI dashboard" />
        </div>
        <div>
          <label htmlFor="token-scope" className="mb-1 block text-xs font-medium text-slate-600">
            Scope
          </label>
          <select id="token-scope" name="scope" defaultValue="read" className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
            <option value="read">read</option>
            <option value="write">write</option>
          </select>
        </div>
        <div>
          <label htmlFor="token-days" className="mb-1 block text-xs font-medium text-slate-600">
            Lifetime (days, max {TOKEN_MAX_DAYS})
          </label>
          <input
            id="token-days"
            name="days"
            type="number"
            min={1}
            max={TOKEN_MAX_DAYS}
            step={1}
            defaultValue={TOKEN_DEFAULT_DAYS}
            className="w-28 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {state?.ok && (
        <div role="status" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
          Copy this token now; it is stored hashed and will not be shown again. It expires on {state.data.expiresAt.slice(0, 10)}.
          <code className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-xs" data-testid="new-api-token">
            {state.data.token}
          </code>
        </div>
      )}
      {state && !state.ok && (
        <p role="alert" className="text-sm text-rose-700">
          {state.error}
        </p>
      )}
      {revokeError && (
        <p role="alert" className="text-sm text-rose-700">
          {revokeError}
        </p>
      )}
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-500">No API tokens yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <TableHead small>
              <tr>
                <th className="py-1">Name</th>
                <th>Scope</th>
                <th>Owner</th>
                <th>Created</th>
                <th>Expires</th>
                <th>Last used</th>
                <th />
              </tr>
            </TableHead>
            <TableBody>
              {tokens.map((t) => (
                <TableRow key={t.id}>
                  <td className="py-1.5">{t.name}</td>
                  <td>{t.scope}</td>
                  <td>{t.owner}</td>
                  <td className="tabular">{t.createdAt.slice(0, 10)}</td>
                  <td className="tabular">
                    {t.expiresAt.slice(0, 10)}
                    {!t.revokedAt && t.expiresAt < nowIso && <span className="ml-1 text-xs text-slate-500">(expired)</span>}
                  </td>
                  <td className="tabular">{t.lastUsedAt?.slice(0, 16).replace("T", " ") ?? "never"}</td>
                  <td className="text-right">
                    {t.revokedAt ? (
                      <span className="text-xs text-slate-500">revoked</span>
                    ) : (
                      <button
                        disabled={revoking}
                        onClick={() =>
                          start(async () => {
                            const r = await revokeApiToken(t.id);
                            setRevokeError(r.ok ? null : r.error);
                          })
                        }
                        className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50"
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}

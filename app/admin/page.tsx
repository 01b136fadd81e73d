import type { Metadata } from "next";
import { ApiTokenPanel } from "@/components/admin/api-token-panel";
import { NewUserForm } from "@/components/admin/new-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { fetchAdminOverview } from "@/lib/data/reads/admin-overview";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const me = await requirePageUser("admin");
  const { users, tokens, audit } = await fetchAdminOverview();
  return (
    <>
      <PageHeader title="Admin" description="Users and roles, API tokens for /api/v1, and the audit log of who changed what." />
      <Card
        title="Users"
        className="mb-6"
        description="viewer: read everything · planner: also scenarios, promo scoring, fits · admin: also imports, users, tokens, model promotion"
      >
        <NewUserForm />
        <div className="mt-4 overflow-x-auto">
          <Table className="whitespace-nowrap" data-testid="users-table">
            <TableHead small>
              <tr>
                <th className="py-1">Email</th>
                <th>Name</th>
                <th>Role</th>
                <th>Last sign-in (UTC)</th>
                <th />
              </tr>
            </TableHead>
            <TableBody>
              {users.map((u) => (
                <TableRow key={u.id}>
                  <td className="py-1.5">
                    {u.email} {u.disabled && <Badge tone="bad">disabled</Badge>} {u.id === me.id && <Badge tone="info">you</Badge>}
                  </td>
                  <td>{u.name}</td>
                  <td>{u.role}</td>
                  <td className="tabular">{u.lastLoginAt?.toISOString().slice(0, 16).replace("T", " ") ?? "never"}</td>
                  <td className="text-right">
                    <UserRowActions id={u.id} email={u.email} role={u.role} disabled={u.disabled} />
                  </td>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </Card>
      <Card
        title="API tokens"
        className="mb-6"
        description="Send as `Authorization: Bearer mxc_…`. Read tokens can call GET endpoints; write tokens can also score promos and optimize. A token never does more than its owner's current role allows, and stops working when it expires (90 days unless set, at most a year)."
      >
        <ApiTokenPanel
          tokens={tokens.map((t) => ({
            id: t.id,
            name: t.name,
            scope: t.scope,
            owner: t.user.email,
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
            revokedAt: t.revokedAt?.toISOString() ?? null,
            expiresAt: t.expiresAt.toISOString(),
          }))}
          nowIso={new Date().toISOString()}
        />
      </Card>
      <Card title="Audit log" description="The latest 100 changes.">
        <div className="relative max-h-96 overflow-auto">
          <Table size="xs">
            <TableHead sticky>
              <tr>
                <th className="whitespace-nowrap py-1 pr-3">When (UTC)</th>
                <th className="pr-3">Who</th>
                <th className="pr-3">Action</th>
                <th className="pr-3">Target</th>
                <th>Details</th>
              </tr>
            </TableHead>
            <TableBody>
              {audit.map((a) => (
                <TableRow key={a.id} className="align-top">
                  <td className="tabular whitespace-nowrap py-1 pr-3">{a.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
                  <td className="pr-3">{a.actor}</td>
                  <td className="whitespace-nowrap pr-3">{a.action}</td>
                  <td className="pr-3">{a.target}</td>
                  <td className="font-mono text-slate-500">{JSON.stringify(a.details).slice(0, 120)}</td>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </Card>
    </>
  );
}

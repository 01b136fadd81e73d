import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const me = await requirePageUser();
  return (
    <>
      <PageHeader title="Your account" description={`${me.email} · ${me.role}`} />
      <Card title="Password" description="Changing it signs out your other sessions (other browsers and devices).">
        <ChangePasswordForm />
      </Card>
    </>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { hasAnyUser } from "@/lib/data/reads/users";

export const metadata: Metadata = { title: "Setup" };

export default async function SetupPage() {
  if (await hasAnyUser()) redirect("/login");
  return (
    <div className="mx-auto mt-20 max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Set up Mixcast</h1>
      <p className="mb-6 text-sm text-slate-500">Create the first administrator. This page disappears once a user exists.</p>
      <SetupForm />
    </div>
  );
}

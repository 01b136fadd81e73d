import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { hasAnyUser } from "@/lib/data/reads/users";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  if (!(await hasAnyUser())) redirect("/setup");
  return (
    <div className="mx-auto mt-20 max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Sign in to Mixcast</h1>
      <p className="mb-6 text-sm text-slate-500">On a demo start, the terminal names the file that holds each demo user&apos;s password.</p>
      <SignInForm next={next} />
    </div>
  );
}

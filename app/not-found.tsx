import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto mt-16 max-w-lg text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-slate-600">
        <Link className="text-brand-600 underline" href="/">
          Back to the overview
        </Link>
      </p>
    </div>
  );
}

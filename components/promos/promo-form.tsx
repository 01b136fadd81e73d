"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { RoleHint, usePermission } from "@/components/auth/role-context";
import { Button } from "@/components/ui/button";
import { scorePromo, type PromoDecisionView } from "@/lib/actions/score-promo";
import { PromoDecisionCard } from "./promo-decision-card";

type Options = { categories: string[]; regions: string[]; promoTypes: string[] };
type Values = { category: string; region: string; promo_type: string; discount_pct: string; duration_days: string; start_date: string; cost: string };

const inputClass =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-500 aria-[invalid=true]:border-rose-500";

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string[]; children: ReactNode }) {
  return (
    <div className="text-sm">
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-0.5 text-xs text-rose-700">
          {error.join(" ")}
        </p>
      )}
    </div>
  );
}

const humanize = (s: string) => (["bogo"].includes(s) ? s.toUpperCase() : s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, " "));

/** One planned promotion → the champion model's decision. Selects are filled from the data the model learned from. */
export function PromoForm({ options, defaultStartDate }: { options: Options; defaultStartDate: string }) {
  const router = useRouter();
  const [values, setValues] = useState<Values>({
    category: options.categories[0] ?? "",
    region: options.regions[0] ?? "",
    promo_type: options.promoTypes[0] ?? "",
    discount_pct: "20",
    duration_days: "14",
    start_date: defaultStartDate,
    cost: "500",
  });
  const [result, setResult] = useState<PromoDecisionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const can = usePermission("planner");
  const set = (k: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const a11y = (k: keyof Values, hint = false) => ({
    "aria-invalid": fieldErrors[k] ? true : undefined,
    "aria-describedby": fieldErrors[k] ? `promo-${k}-error` : hint ? `promo-${k}-hint` : undefined,
  });

  return (
    <div className="flex flex-col gap-4">
      <form
        aria-label="Planned promotion"
        // The server's messages are more specific than the browser's, and the same as the API's.
        noValidate
        className="grid grid-cols-2 gap-3 md:grid-cols-4"
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            setError(null);
            const r = await scorePromo(values);
            if (r.ok) {
              setResult(r.data);
              setFieldErrors({});
              router.refresh();
            } else {
              // An old decision must not stay on screen under an error: it would read as the answer to this input.
              setResult(null);
              setError(r.error);
              setFieldErrors(r.fieldErrors ?? {});
            }
          });
        }}
      >
        <Field id="promo-category" label="Category" error={fieldErrors.category}>
          <select id="promo-category" name="category" value={values.category} onChange={set("category")} className={inputClass} {...a11y("category")}>
            {options.categories.map((c) => (
              <option key={c} value={c}>
                {humanize(c)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="promo-region" label="Region" error={fieldErrors.region}>
          <select id="promo-region" name="region" value={values.region} onChange={set("region")} className={inputClass} {...a11y("region")}>
            {options.regions.map((r) => (
              <option key={r} value={r}>
                {humanize(r)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="promo-promo_type" label="Promo type" error={fieldErrors.promo_type}>
          <select id="promo-promo_type" name="promo_type" value={values.promo_type} onChange={set("promo_type")} className={inputClass} {...a11y("promo_type")}>
            {options.promoTypes.map((t) => (
              <option key={t} value={t}>
                {humanize(t)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="promo-discount_pct" label="Discount (%)" hint="0–90" error={fieldErrors.discount_pct}>
          <input
            id="promo-discount_pct"
            name="discount_pct"
            type="number"
            inputMode="decimal"
            min={0}
            max={90}
            step={0.5}
            value={values.discount_pct}
            onChange={set("discount_pct")}
            className={inputClass}
            {...a11y("discount_pct", true)}
          />
        </Field>
        <Field id="promo-duration_days" label="Duration (days)" hint="1–90" error={fieldErrors.duration_days}>
          <input
            id="promo-duration_days"
            name="duration_days"
            type="number"
            inputMode="numeric"
            min={1}
            max={90}
            step={1}
            value={values.duration_days}
            onChange={set("duration_days")}
            className={inputClass}
            {...a11y("duration_days", true)}
          />
        </Field>
        <Field id="promo-start_date" label="Start date" error={fieldErrors.start_date}>
          <input
            id="promo-start_date"
            name="start_date"
            type="date"
            value={values.start_date}
            onChange={set("start_date")}
            className={inputClass}
            {...a11y("start_date")}
          />
        </Field>
        <Field id="promo-cost" label="Promo cost (USD)" hint="Set-up and execution; the markdown is charged separately" error={fieldErrors.cost}>
          <input
            id="promo-cost"
            name="cost"
            type="number"
            inputMode="decimal"
            min={0}
            step={10}
            value={values.cost}
            onChange={set("cost")}
            className={inputClass}
            {...a11y("cost", true)}
          />
        </Field>
        <div className="flex flex-col justify-end gap-1">
          <Button type="submit" disabled={pending || !can.allowed} {...can.control} className="w-full">
            {pending ? "Scoring…" : "Score promotion"}
          </Button>
          <RoleHint permission={can} />
        </div>
      </form>
      {error && (
        <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      )}
      {result && <PromoDecisionCard view={result} />}
    </div>
  );
}

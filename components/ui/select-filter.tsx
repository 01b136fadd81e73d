/** A labelled select for GET filter forms: "" means all, options show `format(value)`. */
export function SelectFilter({
  id,
  name,
  label,
  allLabel,
  options,
  value,
  format = (v) => v,
}: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  options: string[];
  value?: string;
  format?: (v: string) => string;
}) {
  return (
    <div className="text-sm">
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {format(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ApplyButton() {
  return (
    <button
      type="submit"
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500"
    >
      Apply
    </button>
  );
}

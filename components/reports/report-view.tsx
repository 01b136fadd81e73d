import type { ReactNode } from "react";
import type { ReportBlock, ReportDocument } from "@/lib/reports/report-types";
import { PrintButton } from "./print-button";
import { ReportChart } from "./report-chart";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

/** Content width of the PDF page in points: the SVG charts use the same box, so page and PDF have the same layout. */
const WIDTH = 515;

const toneClass = (tone?: string) =>
  tone === "muted" ? "text-slate-500" : tone === "warning" ? "border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-amber-900" : "text-slate-800";

/**
 * A report as a printable page: the blocks of the report model as HTML, charts as SVG from the same geometry as the PDF.
 * `pdfHref` is the download of the identical document as PDF.
 */
export function ReportView({ report, pdfHref, back }: { report: ReportDocument; pdfHref: string; back: ReactNode }) {
  const { meta } = report;
  return (
    <article className="mx-auto max-w-4xl min-w-0" data-testid="report" data-report-kind={meta.kind}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <div className="text-sm">{back}</div>
        <div className="flex flex-wrap items-center gap-2">
          <a
            href={pdfHref}
            download
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 focus-visible:ring-2 focus-visible:ring-brand-500"
            data-testid="report-pdf-link"
          >
            Download PDF
          </a>
          <PrintButton />
        </div>
      </div>
      <header className="mb-4 border-b border-slate-200 pb-3">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{meta.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{meta.subtitle}</p>
        <p className="mt-1 text-xs text-slate-500" data-testid="report-meta">
          Dataset “{meta.datasetName}” version {meta.datasetVersion} ·{" "}
          {meta.runs.map((r) => `${r.label} #${r.id}${r.finishedAt ? ` (fitted ${r.finishedAt.slice(0, 16).replace("T", " ")} UTC)` : ""}`).join(" · ")} · code{" "}
          {meta.codeVersion || "unknown"} · generated {meta.generatedAt.slice(0, 16).replace("T", " ")} UTC
        </p>
      </header>
      <div className="flex flex-col gap-3">
        {report.blocks.map((b, i) => (
          <Block key={i} block={b} />
        ))}
      </div>
    </article>
  );
}

function Block({ block }: { block: ReportBlock }) {
  switch (block.type) {
    case "heading":
      return <h2 className="mt-4 break-after-avoid text-lg font-semibold text-slate-900">{block.text}</h2>;
    case "paragraph":
      return <p className={`text-sm ${toneClass(block.tone)}`}>{block.text}</p>;
    case "bullets":
      return (
        <ul className={`list-disc space-y-1 pl-5 text-sm ${toneClass(block.tone)}`}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "stats":
      return (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4">
          {block.items.map((s) => (
            <div key={s.label} className="min-w-0 rounded-lg border border-slate-200 p-3">
              <div className="text-xs font-medium uppercase tracking-wide text-slate-500">{s.label}</div>
              <div className="tabular mt-0.5 text-xl font-semibold text-slate-900">{s.value}</div>
              {s.sub && <div className="mt-0.5 text-xs text-slate-500">{s.sub}</div>}
            </div>
          ))}
        </div>
      );
    case "table":
      return (
        <figure className="min-w-0">
          <div className="overflow-x-auto">
            <Table size="xs" className="min-w-[560px]" data-testid={block.testId}>
              <TableHead>
                <tr>
                  {block.columns.map((c) => (
                    <th key={c.label} className={`border-b border-slate-200 py-1 pr-2 font-medium ${c.align === "right" ? "text-right" : ""}`}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </TableHead>
              <TableBody className="tabular">
                {block.rows.map((r, i) => (
                  <TableRow key={i}>
                    {r.map((cell, j) => (
                      <td key={j} className={`py-1 pr-2 align-top ${block.columns[j]?.align === "right" ? "text-right" : ""}`}>
                        {cell}
                      </td>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {block.caption && <figcaption className="mt-1 text-xs text-slate-500">{block.caption}</figcaption>}
        </figure>
      );
    case "chart": {
      const h = Math.round(WIDTH * (block.aspect ?? 0.4));
      return (
        <figure className="min-w-0 break-inside-avoid">
          <figcaption className="mb-1 text-sm font-medium text-slate-800">{block.title}</figcaption>
          <ReportChart chart={block.chart} width={WIDTH} height={h} label={block.title} />
          {block.caption && <p className="mt-1 text-xs text-slate-500">{block.caption}</p>}
        </figure>
      );
    }
    case "chart-grid": {
      const cols = Math.max(1, block.columns);
      const w = Math.round((WIDTH - 12 * (cols - 1)) / cols);
      const h = Math.round(w * (block.aspect ?? 0.62));
      const grid = cols >= 3 ? "sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-3" : "sm:grid-cols-2 print:grid-cols-2";
      return (
        <figure className="min-w-0">
          <div className={`grid grid-cols-1 gap-4 ${grid}`}>
            {block.items.map((item) => (
              <div key={item.title} className="min-w-0 break-inside-avoid">
                <div className="mb-0.5 truncate text-xs font-medium text-slate-800">{item.title}</div>
                <ReportChart chart={item.chart} width={w} height={h} label={item.title} />
              </div>
            ))}
          </div>
          {block.caption && <figcaption className="mt-1 text-xs text-slate-500">{block.caption}</figcaption>}
        </figure>
      );
    }
  }
}

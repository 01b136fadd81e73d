/**
 * One report model, two renderers: a report is a list of blocks (headings, text, key numbers, tables, charts) built
 * by a pure function from stored runs; the app page renders the blocks as HTML with SVG charts and the PDF renderer
 * draws the same blocks with pdfkit, so the printable page and the PDF cannot disagree.
 */
import type { ChartSpec } from "./chart-spec";

export type ReportKind = "mmm" | "forecast" | "scenarios";

export type ReportMeta = {
  kind: ReportKind;
  title: string;
  subtitle: string;
  datasetName: string;
  datasetVersion: number;
  /** the stored model runs the numbers come from */
  runs: { label: string; id: number; finishedAt: string | null }[];
  codeVersion: string;
  /** ISO timestamp the report was generated */
  generatedAt: string;
};

export type Tone = "normal" | "muted" | "warning";

export type StatItem = { label: string; value: string; sub?: string };
export type TableColumn = { label: string; align?: "left" | "right"; /** relative width in the PDF (default 1) */ weight?: number };

export type ReportBlock =
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string; tone?: Tone }
  | { type: "bullets"; items: string[]; tone?: Tone }
  | { type: "stats"; items: StatItem[] }
  | { type: "table"; columns: TableColumn[]; rows: string[][]; caption?: string; testId?: string }
  | { type: "chart"; title: string; caption?: string; chart: ChartSpec; /** height relative to width (default 0.4) */ aspect?: number }
  | { type: "chart-grid"; columns: number; items: { title: string; chart: ChartSpec }[]; aspect?: number; caption?: string };

export type ReportDocument = { meta: ReportMeta; blocks: ReportBlock[] };

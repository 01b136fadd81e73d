import PDFDocument from "pdfkit";
import { layoutChart, type Primitive } from "../chart-geometry";
import type { ChartSpec } from "../chart-spec";
import type { ReportBlock, ReportDocument, StatItem, TableColumn, Tone } from "../report-types";
import { reportFontPaths } from "./report-fonts";

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = { left: 40, right: 40, top: 44, bottom: 48 };
const CONTENT_W = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const INK = "#0f172a";
const MUTED = "#64748b";
const RULE = "#e2e8f0";
const WARN = "#92400e";

type Doc = PDFKit.PDFDocument;

/**
 * Renders a report as an A4 PDF with pdfkit: text in embedded DejaVu Sans Condensed, every chart drawn as vector
 * paths from the same primitives as the report page (sharp at any zoom and in print), a footer on every page with
 * dataset version, model runs, code version, generation date and page numbers.
 * @returns the PDF bytes.
 */
export async function renderReportPdf(report: ReportDocument): Promise<Buffer> {
  const fonts = reportFontPaths();
  const { meta } = report;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN.top, bottom: 0, left: MARGIN.left, right: MARGIN.right },
    bufferPages: true,
    font: fonts.regular,
    info: {
      Title: meta.title,
      Author: "Mixcast",
      Subject: meta.subtitle,
      Keywords: `mixcast ${meta.kind} report; dataset ${meta.datasetName} v${meta.datasetVersion}`,
      CreationDate: new Date(meta.generatedAt),
    },
    displayTitle: true,
    lang: "en",
  });
  doc.registerFont("body", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  header(doc, report);
  report.blocks.forEach((block, i) => {
    // A heading stays with the start of what it introduces.
    if (block.type === "heading") ensureSpace(doc, 30 + firstPartHeight(report.blocks[i + 1]));
    drawBlock(doc, block);
  });
  footers(doc, report);
  doc.end();
  return done;
}

function ensureSpace(doc: Doc, needed: number) {
  if (doc.y + needed > BOTTOM) {
    doc.addPage();
    doc.y = MARGIN.top;
  }
}

/** Height of the first unbreakable part of a block (a chart, a row of charts or stats, a table's first rows). */
function firstPartHeight(block: ReportBlock | undefined): number {
  if (!block) return 0;
  switch (block.type) {
    case "chart":
      return CONTENT_W * (block.aspect ?? 0.4) + 30;
    case "chart-grid": {
      const cols = Math.max(1, block.columns);
      return ((CONTENT_W - 12 * (cols - 1)) / cols) * (block.aspect ?? 0.62) + 20;
    }
    case "stats":
      return 50;
    case "table":
      return 60;
    default:
      return 30;
  }
}

function header(doc: Doc, report: ReportDocument) {
  const { meta } = report;
  doc.font("bold").fontSize(16).fillColor(INK).text(meta.title, MARGIN.left, MARGIN.top, { width: CONTENT_W });
  doc.font("body").fontSize(9).fillColor(MUTED).text(meta.subtitle, { width: CONTENT_W });
  doc.moveDown(0.3);
  const runs = meta.runs.map((r) => `${r.label} #${r.id}${r.finishedAt ? ` (fitted ${r.finishedAt.slice(0, 16).replace("T", " ")} UTC)` : ""}`).join(" · ");
  doc
    .fontSize(7.5)
    .text(
      `Dataset “${meta.datasetName}” version ${meta.datasetVersion} · ${runs} · code ${meta.codeVersion || "unknown"} · generated ${meta.generatedAt.slice(0, 16).replace("T", " ")} UTC`,
      { width: CONTENT_W },
    );
  doc.moveDown(0.4);
  rule(doc);
  doc.moveDown(0.6);
}

function footers(doc: Doc, report: ReportDocument) {
  const range = doc.bufferedPageRange();
  const { meta } = report;
  const runs = meta.runs.map((r) => `run #${r.id}`).join(", ");
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = PAGE.height - MARGIN.bottom + 16;
    doc.font("body").fontSize(6.5).fillColor(MUTED);
    doc.text(
      `Mixcast · ${meta.title} · ${meta.datasetName} v${meta.datasetVersion} · ${runs} · code ${meta.codeVersion || "unknown"} · ${meta.generatedAt.slice(0, 10)}`,
      MARGIN.left,
      y,
      { width: CONTENT_W - 60, lineBreak: false },
    );
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN.left, y, { width: CONTENT_W, align: "right", lineBreak: false });
  }
}

function rule(doc: Doc) {
  doc
    .save()
    .moveTo(MARGIN.left, doc.y)
    .lineTo(MARGIN.left + CONTENT_W, doc.y)
    .lineWidth(0.6)
    .strokeColor(RULE)
    .stroke()
    .restore();
}

const toneColor = (tone: Tone | undefined) => (tone === "muted" ? MUTED : tone === "warning" ? WARN : INK);

function drawBlock(doc: Doc, block: ReportBlock) {
  switch (block.type) {
    case "heading":
      ensureSpace(doc, 40);
      doc.moveDown(0.4);
      doc.font("bold").fontSize(11.5).fillColor(INK).text(block.text, MARGIN.left, doc.y, { width: CONTENT_W });
      doc.moveDown(0.3);
      return;
    case "paragraph": {
      doc.font("body").fontSize(8.5);
      const h = doc.heightOfString(block.text, { width: CONTENT_W - (block.tone === "warning" ? 8 : 0) });
      ensureSpace(doc, h + 4);
      if (block.tone === "warning") {
        doc
          .save()
          .rect(MARGIN.left, doc.y - 1, 2.5, h + 2)
          .fill("#f59e0b")
          .restore();
        doc.fillColor(WARN).text(block.text, MARGIN.left + 8, doc.y, { width: CONTENT_W - 8 });
      } else {
        doc.fillColor(toneColor(block.tone)).text(block.text, MARGIN.left, doc.y, { width: CONTENT_W });
      }
      doc.moveDown(0.4);
      return;
    }
    case "bullets":
      doc.font("body").fontSize(8.5).fillColor(toneColor(block.tone));
      for (const item of block.items) {
        const h = doc.heightOfString(item, { width: CONTENT_W - 10 });
        ensureSpace(doc, h + 2);
        const y = doc.y;
        doc.text("•", MARGIN.left, y, { width: 8, lineBreak: false });
        doc.text(item, MARGIN.left + 10, y, { width: CONTENT_W - 10 });
        doc.moveDown(0.15);
      }
      doc.moveDown(0.3);
      return;
    case "stats":
      drawStats(doc, block.items);
      return;
    case "table":
      drawTable(doc, block.columns, block.rows, block.caption);
      return;
    case "chart": {
      const h = CONTENT_W * (block.aspect ?? 0.4);
      doc.font("bold").fontSize(9);
      const titleH = doc.heightOfString(block.title, { width: CONTENT_W });
      doc.font("body").fontSize(7.5);
      const capH = block.caption ? doc.heightOfString(block.caption, { width: CONTENT_W }) + 3 : 0;
      ensureSpace(doc, titleH + h + capH + 10);
      doc.font("bold").fontSize(9).fillColor(INK).text(block.title, MARGIN.left, doc.y, { width: CONTENT_W });
      doc.moveDown(0.2);
      const top = doc.y;
      drawChart(doc, block.chart, MARGIN.left, top, CONTENT_W, h);
      doc.y = top + h + 3;
      if (block.caption) doc.font("body").fontSize(7.5).fillColor(MUTED).text(block.caption, MARGIN.left, doc.y, { width: CONTENT_W });
      doc.moveDown(0.6);
      return;
    }
    case "chart-grid": {
      const gap = 12;
      const cols = Math.max(1, block.columns);
      const w = (CONTENT_W - gap * (cols - 1)) / cols;
      const h = w * (block.aspect ?? 0.62);
      for (let i = 0; i < block.items.length; i += cols) {
        ensureSpace(doc, h + 16);
        const top = doc.y;
        block.items.slice(i, i + cols).forEach((item, j) => {
          const x = MARGIN.left + j * (w + gap);
          doc.font("bold").fontSize(8).fillColor(INK).text(item.title, x, top, { width: w, lineBreak: false, ellipsis: true });
          drawChart(doc, item.chart, x, top + 11, w, h);
        });
        doc.y = top + 11 + h + 6;
      }
      if (block.caption) {
        doc.font("body").fontSize(7.5).fillColor(MUTED).text(block.caption, MARGIN.left, doc.y, { width: CONTENT_W });
      }
      doc.moveDown(0.6);
      return;
    }
  }
}

function drawStats(doc: Doc, items: StatItem[]) {
  const perRow = Math.min(4, items.length);
  const gap = 8;
  const w = (CONTENT_W - gap * (perRow - 1)) / perRow;
  const h = 44;
  for (let i = 0; i < items.length; i += perRow) {
    ensureSpace(doc, h + 6);
    const top = doc.y;
    items.slice(i, i + perRow).forEach((s, j) => {
      const x = MARGIN.left + j * (w + gap);
      doc.save().roundedRect(x, top, w, h, 4).lineWidth(0.6).strokeColor(RULE).stroke().restore();
      doc
        .font("body")
        .fontSize(6.5)
        .fillColor(MUTED)
        .text(s.label.toUpperCase(), x + 6, top + 5, { width: w - 12, lineBreak: false, ellipsis: true });
      doc
        .font("bold")
        .fontSize(12)
        .fillColor(INK)
        .text(s.value, x + 6, top + 15, { width: w - 12, lineBreak: false, ellipsis: true });
      if (s.sub)
        doc
          .font("body")
          .fontSize(6.5)
          .fillColor(MUTED)
          .text(s.sub, x + 6, top + 32, { width: w - 12, lineBreak: false, ellipsis: true });
    });
    doc.y = top + h + 6;
  }
  doc.x = MARGIN.left;
  doc.moveDown(0.3);
}

function drawTable(doc: Doc, columns: TableColumn[], rows: string[][], caption?: string) {
  const size = 7.5;
  const total = columns.reduce((s, c) => s + (c.weight ?? 1), 0);
  const widths = columns.map((c) => (CONTENT_W * (c.weight ?? 1)) / total);
  const pad = 3;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || " ", { width: widths[i] - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, color: string) => {
    const h = rowHeight(cells, font);
    const top = doc.y;
    let x = MARGIN.left;
    cells.forEach((c, i) => {
      doc
        .font(font)
        .fontSize(size)
        .fillColor(color)
        .text(c, x + pad, top + pad, { width: widths[i] - 2 * pad, align: columns[i].align === "right" ? "right" : "left" });
      x += widths[i];
    });
    doc.y = top + h;
    doc
      .save()
      .moveTo(MARGIN.left, doc.y)
      .lineTo(MARGIN.left + CONTENT_W, doc.y)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke()
      .restore();
  };
  const headerCells = columns.map((c) => c.label);
  ensureSpace(doc, rowHeight(headerCells, "bold") + (rows[0] ? rowHeight(rows[0], "body") : 0) + 4);
  drawRow(headerCells, "bold", MUTED);
  for (const r of rows) {
    const h = rowHeight(r, "body");
    if (doc.y + h > BOTTOM) {
      doc.addPage();
      doc.y = MARGIN.top;
      drawRow(headerCells, "bold", MUTED);
    }
    drawRow(r, "body", INK);
  }
  doc.x = MARGIN.left;
  if (caption) {
    doc.moveDown(0.2);
    doc.font("body").fontSize(7).fillColor(MUTED).text(caption, MARGIN.left, doc.y, { width: CONTENT_W });
  }
  doc.moveDown(0.6);
}

/** Draws layoutChart's primitives at (x, y): the same geometry the report page renders as SVG. */
function drawChart(doc: Doc, spec: ChartSpec, x: number, y: number, w: number, h: number) {
  const prims = layoutChart(spec, w, h);
  const saveX = doc.x;
  const saveY = doc.y;
  for (const p of prims) drawPrimitive(doc, p, x, y);
  doc.x = saveX;
  doc.y = saveY;
}

function drawPrimitive(doc: Doc, p: Primitive, ox: number, oy: number) {
  doc.save();
  switch (p.t) {
    case "line":
      doc
        .moveTo(ox + p.x1, oy + p.y1)
        .lineTo(ox + p.x2, oy + p.y2)
        .lineWidth(p.width);
      if (p.dash) doc.dash(p.dash[0], { space: p.dash[1] });
      doc.strokeColor(p.color).stroke();
      break;
    case "poly": {
      const [first, ...rest] = p.points;
      if (!first) break;
      doc.moveTo(ox + first[0], oy + first[1]);
      for (const q of rest) doc.lineTo(ox + q[0], oy + q[1]);
      if (p.close) doc.closePath();
      if (p.fill) {
        doc.fillOpacity(p.opacity ?? 1).fill(p.fill);
      } else if (p.stroke) {
        doc.lineWidth(p.width ?? 1).lineJoin("round");
        if (p.dash) doc.dash(p.dash[0], { space: p.dash[1] });
        doc.strokeColor(p.stroke).stroke();
      }
      break;
    }
    case "rect":
      doc
        .rect(ox + p.x, oy + p.y, p.w, p.h)
        .fillOpacity(p.opacity ?? 1)
        .fill(p.fill);
      break;
    case "circle":
      doc.circle(ox + p.cx, oy + p.cy, p.r).lineWidth(0.6);
      if (p.stroke) doc.fillColor(p.fill).strokeColor(p.stroke).fillAndStroke();
      else doc.fill(p.fill);
      break;
    case "text": {
      doc
        .font(p.bold ? "bold" : "body")
        .fontSize(p.size)
        .fillColor(p.color);
      const w = doc.widthOfString(p.text);
      const dx = p.anchor === "middle" ? -w / 2 : p.anchor === "end" ? -w : 0;
      if (p.rotate) doc.rotate(p.rotate, { origin: [ox + p.x, oy + p.y] });
      doc.text(p.text, ox + p.x + dx, oy + p.y, { lineBreak: false, baseline: "middle" });
      break;
    }
  }
  doc.restore();
}

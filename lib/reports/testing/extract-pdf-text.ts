import { inflateSync } from "node:zlib";

/**
 * Text of a PDF written by pdfkit with embedded (Identity-H) fonts, for tests: the page content streams are inflated,
 * each font's ToUnicode CMap maps its glyph codes back to characters, and the hex strings of TJ/Tj operators are
 * decoded with the font selected by the preceding Tf. Not a general PDF parser; enough to assert what a report says.
 * @returns the text of each page's content stream, in drawing order.
 */
export function extractPdfText(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  const objRe = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = objRe.exec(text); m; m = objRe.exec(text)) {
    const body = m[2];
    const s = body.indexOf("stream");
    if (s < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, s);
    let start = s + "stream".length;
    if (body[start] === "\r") start++;
    if (body[start] === "\n") start++;
    const end = body.lastIndexOf("endstream");
    const raw = Buffer.from(body.slice(start, end).replace(/\r?\n$/, ""), "latin1");
    objects.set(Number(m[1]), { dict, stream: /FlateDecode/.test(dict) ? safeInflate(raw) : raw });
  }
  // Font resource name (F1, F2…) → ToUnicode map of that font object.
  const fontMaps = new Map<string, Map<string, string>>();
  const resRe = /\/(F\d+)\s+(\d+) 0 R/g;
  for (const { dict } of objects.values()) {
    resRe.lastIndex = 0;
    for (let m = resRe.exec(dict); m; m = resRe.exec(dict)) {
      const font = objects.get(Number(m[2]));
      const toUnicode = font?.dict.match(/\/ToUnicode\s+(\d+) 0 R/);
      const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
      if (cmap && !fontMaps.has(m[1])) fontMaps.set(m[1], parseCmap(cmap.toString("latin1")));
    }
  }
  const pages: string[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(dict)) continue;
    const contents = dict.match(/\/Contents\s+(\d+) 0 R/);
    const content = contents ? objects.get(Number(contents[1]))?.stream : null;
    if (content) pages.push(decodeContent(content.toString("latin1"), fontMaps));
  }
  return pages;
}

function safeInflate(raw: Buffer): Buffer {
  try {
    return inflateSync(raw);
  } catch {
    return raw;
  }
}

function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const hexToText = (hex: string) => String.fromCodePoint(...(hex.replace(/\s+/g, "").match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
    for (const m of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(m[1].toLowerCase(), hexToText(m[2]));
  }
  for (const block of cmap.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
    for (const m of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const lo = parseInt(m[1], 16);
      const hi = parseInt(m[2], 16);
      const width = m[1].length;
      if (m[3].startsWith("[")) {
        const targets = [...m[3].matchAll(/<([0-9a-fA-F\s]+)>/g)].map((t) => t[1]);
        targets.forEach((t, i) => map.set((lo + i).toString(16).padStart(width, "0"), hexToText(t)));
      } else {
        const base = parseInt(m[3].slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c.toString(16).padStart(width, "0"), String.fromCodePoint(base + c - lo));
      }
    }
  }
  return map;
}

function decodeContent(content: string, fonts: Map<string, Map<string, string>>): string {
  let font: Map<string, string> | undefined;
  const out: string[] = [];
  const tokenRe = /\/(F\d+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|(ET)/g;
  for (let m = tokenRe.exec(content); m; m = tokenRe.exec(content)) {
    if (m[1]) font = fonts.get(m[1]);
    else if (m[4]) out.push("\n");
    else {
      const hexes = m[2] !== undefined ? [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : [m[3]];
      for (const hex of hexes) for (const code of hex.match(/.{4}/g) ?? []) out.push(font?.get(code.toLowerCase()) ?? "");
    }
  }
  return out.join("").replace(/\n+/g, "\n");
}

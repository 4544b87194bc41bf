/**
 * A tiny reader of an OpenType/TrueType font's character map (the `cmap` table, formats 4
 * and 12), to check that the social-image font has a glyph for every character a card prints.
 * Satori silently draws nothing (or a box, "tofu") for a missing glyph; this check makes it loud.
 */

/** Code points the font maps to a real glyph (glyph id ≠ 0). */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = String.fromCharCode(font[0]!, font[1]!, font[2]!, font[3]!);
  if (tag === 'ttcf') throw new Error('字体是 TTC 集合文件：请用 scripts/make-font-subset.sh 提取单个字体');
  const numTables = v.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(font[rec]!, font[rec + 1]!, font[rec + 2]!, font[rec + 3]!) === 'cmap') cmap = v.getUint32(rec + 8);
  }
  if (cmap < 0) throw new Error('字体没有 cmap 表');
  const out = new Set<number>();
  const n = v.getUint16(cmap + 2);
  for (let i = 0; i < n; i++) {
    const platform = v.getUint16(cmap + 4 + i * 8);
    const encoding = v.getUint16(cmap + 4 + i * 8 + 2);
    // Unicode subtables only: platform 0 (Unicode) or 3 (Windows) with encoding 1 (BMP) / 10 (full).
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const sub = cmap + v.getUint32(cmap + 4 + i * 8 + 4);
    const format = v.getUint16(sub);
    if (format === 4) readFormat4(v, sub, out);
    else if (format === 12) readFormat12(v, sub, out);
  }
  return out;
}

function readFormat4(v: DataView, sub: number, out: Set<number>): void {
  const segX2 = v.getUint16(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const offsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = v.getUint16(ends + s * 2);
    const start = v.getUint16(starts + s * 2);
    const delta = v.getInt16(deltas + s * 2);
    const rangeOffsetAt = offsets + s * 2;
    const rangeOffset = v.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = v.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
}

function readFormat12(v: DataView, sub: number, out: Set<number>): void {
  const groups = v.getUint32(sub + 12);
  for (let g = 0; g < groups; g++) {
    const at = sub + 16 + g * 12;
    const start = v.getUint32(at);
    const end = v.getUint32(at + 4);
    const glyph = v.getUint32(at + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
  }
}

/** Characters of `text` (other than spaces and line breaks) the font has no glyph for, each once. */
export function missingGlyphs(text: string, codePoints: Set<number>): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    if (!codePoints.has(ch.codePointAt(0)!)) missing.add(ch);
  }
  return [...missing];
}

/**
 * A GBK encoder for tests, built from the platform's GBK decoder (Node has no GBK encoder):
 * turns text into the bytes Excel's default "CSV (逗号分隔)" export writes on a Chinese system.
 */
let table: Map<string, number> | undefined;

function reverseTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const dec = new TextDecoder('gbk', { fatal: true });
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let ch: string;
      try {
        ch = dec.decode(pair);
      } catch {
        continue;
      }
      if (ch.length === 1 && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

/** Encodes text as GBK; throws on a character GBK cannot represent. */
export function encodeGbk(text: string): Uint8Array {
  const t = reverseTable();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const code = t.get(ch);
      if (code === undefined) throw new Error(`GBK cannot encode U+${c.toString(16)}`);
      out.push(code >> 8, code & 0xff);
    }
  }
  return Uint8Array.from(out);
}

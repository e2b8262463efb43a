// The benchmark corpus: the example articles repeated until a size is reached,
// each copy made distinct by a first line (so the page does not fold them as
// duplicates) and given its manifest date.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const EXAMPLES = resolve(import.meta.dirname, '../www/examples');

export function examples() {
  const manifest = JSON.parse(readFileSync(join(EXAMPLES, 'manifest.json'), 'utf8'));
  return readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const id = f.replace(/\.txt$/, '');
    return { id, text: readFileSync(join(EXAMPLES, f), 'utf8'), published: manifest[id]?.published ?? null };
  });
}

/** Articles totalling at least `bytes` UTF-8 bytes, `[{id, text, published}]`. */
export function corpus(bytes) {
  const base = examples();
  const out = [];
  let total = 0;
  for (let n = 0; total < bytes; n += 1) {
    const a = base[n % base.length];
    const text = `Report ${n + 1}\n\n${a.text}`;
    out.push({ id: `${a.id}-${n + 1}`, text, published: a.published });
    total += Buffer.byteLength(text);
  }
  return { articles: out, bytes: total };
}

export const MB = 1024 * 1024;

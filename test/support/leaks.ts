import { globSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gunzipSync, inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { loadSettings } from '../../src/config/settings';
import { themeOf } from '../../src/config/palette';
import { videoTexts } from './video';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;

function frontMatters(dir: string): Array<Record<string, unknown>> {
  return files(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => parse(FRONT_MATTER.exec(readFileSync(f, 'utf8'))![1]) as Record<string, unknown>);
}

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((a, k) => (a as Record<string, unknown>)?.[k], o);

/** Every string (and number) anywhere in a parsed YAML value, keys left out. */
function leaves(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (typeof v === 'number') return [String(v)];
  if (Array.isArray(v)) return v.flatMap(leaves);
  if (v && typeof v === 'object') return Object.values(v).flatMap(leaves);
  return [];
}

/**
 * Words as a reader meets them, lower case: runs of letters and digits, and each Chinese or Japanese
 * character a word of its own (those scripts put no spaces between words).
 */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

/** A phrase is this many words in a row; a whole text shorter than that, of at least PHRASE_MIN words, is one too. */
const PHRASE = 6;
const PHRASE_MIN = 4;

function ngrams(ws: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(' '));
  return out;
}

/** The phrases of one text: every run of PHRASE words, or the whole text when it is shorter. */
function phrasesOf(text: string): string[] {
  const ws = words(text);
  if (ws.length >= PHRASE) return ngrams(ws, PHRASE);
  return ws.length >= PHRASE_MIN ? [ws.join(' ')] : [];
}

/**
 * Every word, number, address and colour that is one campaign's own, read
 * from its content folder: names, hosts, document numbers, issuers, signers,
 * measure titles and poster copy, reworded UI strings, palette and tints.
 * Strings under 4 characters are matched as whole words (`shortTerms`), not here.
 */
export function campaignVocabulary(contentDir: string): string[] {
  return terms(contentDir).filter((s) => s.length >= 4);
}

/** The vocabulary's strings of 2 and 3 characters: found only as whole words, where "Ba" is not "Bác". */
export function shortTerms(contentDir: string): string[] {
  return terms(contentDir).filter((s) => s.length >= 2 && s.length < 4);
}

function terms(contentDir: string): string[] {
  const settings = loadSettings(contentDir);
  const out = new Set<string>([
    settings.campaign.name,
    settings.campaign.slug,
    settings.campaign.title,
    settings.campaign.tagline,
    settings.app.name,
    new URL(settings.app.installUrl).host.replace(/^www\./, ''),
    new URL(settings.site.url).host,
    settings.site.title,
    settings.rootDocument,
    ...settings.app.installSteps,
    ...Object.values(themeOf(settings.palette)).filter((c) => c.startsWith('#')),
  ]);
  for (const d of frontMatters(join(contentDir, 'directives'))) {
    for (const path of ['number', 'subject', 'issuer.name', 'signer.name']) out.add(String(get(d, path) ?? ''));
  }
  for (const m of frontMatters(join(contentDir, 'measures'))) {
    for (const path of ['title', 'poster.headline', 'poster.cta', 'clip.title']) out.add(String(get(m, path) ?? ''));
  }
  try {
    const strings = parse(readFileSync(join(contentDir, 'strings', 'vi.yaml'), 'utf8')) as Record<string, string>;
    for (const v of Object.values(strings))
      out.add(
        v
          .replace(/\{\w+\}/g, '')
          .split(/[{}]/)[0]
          .trim(),
      );
  } catch {
    // A campaign need not reword any string.
  }
  return [...out].map((s) => s.normalize('NFC').trim()).filter((s) => s.length > 0);
}

/**
 * Everything a campaign's content says in sentences: the bodies of its directives and measures, every text
 * in their front matter (broadcast spots and bulletins, clip voice-overs, figures, official wording), its
 * translations, settings, reworded strings and editions.
 */
function prose(contentDir: string): string[] {
  const out: string[] = [];
  for (const f of files(contentDir)) {
    const text = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
    if (f.endsWith('.mdx')) {
      const fm = FRONT_MATTER.exec(text);
      if (fm) out.push(...leaves(parse(fm[1])));
      // The body without MDX's imports and components: the sentences a reader sees.
      const body = text
        .slice(fm ? fm[0].length : 0)
        .replace(/^(import|export) .*$/gm, '')
        .replace(/<[^>]*>/g, '\n');
      out.push(...body.split(/\n\s*\n/));
    } else if (/\.ya?ml$/.test(f)) out.push(...leaves(parse(text)));
    // Editions: the places and numbers, not the header row, whose column names are the generator's.
    else if (f.endsWith('.csv'))
      out.push(
        ...text
          .split('\n')
          .slice(1)
          .flatMap((line) => line.split(',')),
      );
    else out.push(text);
  }
  return out;
}

/**
 * The generator's own words: every run of PHRASE_MIN to PHRASE words in its default UI strings (the core's
 * src/i18n/*.json and each channel's src/channels/<name>/strings/*.json), which every campaign shows and a
 * campaign's reworded strings partly repeat.
 */
function generatorPhrases(): Set<string> {
  const out = new Set<string>();
  const files = globSync(['src/i18n/*.json', 'src/channels/*/strings/*.json'], { cwd: process.cwd() });
  if (files.length < 10)
    throw new Error(`only ${files.length} strings files found: the generator's words are elsewhere`);
  for (const f of files)
    for (const text of leaves(JSON.parse(readFileSync(join(process.cwd(), f), 'utf8'))))
      for (let n = PHRASE_MIN; n <= PHRASE; n++) for (const g of ngrams(words(text), n)) out.add(g);
  return out;
}

/**
 * The campaign's distinctive phrases: every run of six words of its prose (a shorter text of four or five
 * words whole), as `words()` gives them, joined by single spaces, less those the generator's own strings
 * say. Common words alone never make a phrase.
 */
export function campaignPhrases(contentDir: string): string[] {
  const generator = generatorPhrases();
  return [...new Set(prose(contentDir).flatMap(phrasesOf))].filter((p) => !generator.has(p));
}

// ——— Reading a built site ———

/** Text files, read whole. */
const TEXT =
  /\.(html|css|js|mjs|json|xml|atom|txt|vtt|srt|svg|m3u|m3u8|ics|csv|webmanifest|md)$|(^|\/)_(headers|redirects)$/;
/** Pagefind's index, fragments, metadata and filters: gzip, then `pagefind_dcd`, then the data. */
const PAGEFIND_DATA = /\.(pf_fragment|pf_index|pf_meta|pf_filter)$/;
const PAGEFIND_SIGNATURE = 'pagefind_dcd';
/** Images and sound: their pixels and samples are not read (no OCR here), only the metadata they carry. */
const MEDIA = /\.(png|jpe?g|webp|mp3)$/;
/** The code every campaign ships alike: Pagefind's WebAssembly, the fonts' packages. No campaign's words. */
const CODE = /\.(wasm|pagefind|woff2?)$/;

async function pdfTexts(bytes: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  try {
    const { info, metadata } = await doc.getMetadata();
    const out = leaves(info);
    // XMP, when there is any: the raw packet, with every property's value in it.
    if (metadata) out.push(JSON.stringify([...metadata]));
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      out.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
      for (const a of await page.getAnnotations()) out.push(...leaves([a.url, a.unsafeUrl, a.contentsObj?.str]));
    }
    return out;
  } finally {
    await task.destroy();
  }
}

/** The metadata chunks of a PNG, JPEG, WebP or MP3 (text, EXIF, XMP, ID3), as text. */
function mediaMetadata(name: string, b: Buffer): string[] {
  const out: string[] = [];
  if (name.endsWith('.png')) {
    for (let i = 8; i + 12 <= b.length;) {
      const length = b.readUInt32BE(i);
      const type = b.toString('latin1', i + 4, i + 8);
      const data = b.subarray(i + 8, i + 8 + length);
      if (type === 'tEXt' || type === 'iTXt' || type === 'eXIf') out.push(data.toString('utf8'));
      if (type === 'zTXt') out.push(inflateSync(data.subarray(data.indexOf(0) + 2)).toString('latin1'));
      i += 12 + length;
    }
  } else if (/\.jpe?g$/.test(name)) {
    for (let i = 2; i + 4 <= b.length && b[i] === 0xff;) {
      const marker = b[i + 1];
      if (marker === 0xda) break; // start of scan: pixels from here on
      const length = b.readUInt16BE(i + 2);
      if ((marker >= 0xe0 && marker <= 0xef) || marker === 0xfe) out.push(b.toString('utf8', i + 4, i + 2 + length));
      i += 2 + length;
    }
  } else if (name.endsWith('.webp')) {
    for (let i = 12; i + 8 <= b.length;) {
      const type = b.toString('latin1', i, i + 4);
      const length = b.readUInt32LE(i + 4);
      if (type === 'EXIF' || type === 'XMP ') out.push(b.toString('utf8', i + 8, i + 8 + length));
      i += 8 + length + (length % 2);
    }
  } else if (name.endsWith('.mp3')) {
    if (b.toString('latin1', 0, 3) === 'ID3') {
      const size = ((b[6] & 0x7f) << 21) | ((b[7] & 0x7f) << 14) | ((b[8] & 0x7f) << 7) | (b[9] & 0x7f);
      const tag = b.subarray(10, 10 + size);
      out.push(tag.toString('utf8'), tag.toString('utf16le'), tag.toString('latin1'));
    }
    if (b.length >= 128 && b.toString('latin1', b.length - 128, b.length - 125) === 'TAG')
      out.push(b.toString('latin1', b.length - 125));
  }
  return out;
}

/**
 * What a reader (or a search engine, a PDF viewer, a file manager) can get from one built file as text:
 * `where` names the file, or the entry of a zip inside it. A file of a kind not listed here is reported,
 * so a new kind of output cannot slip past the check unread.
 */
async function texts(where: string, bytes: Buffer): Promise<Array<{ where: string; text: string }>> {
  const name = where.toLowerCase();
  if (TEXT.test(name)) return [{ where, text: bytes.toString('utf8') }];
  if (name.endsWith('.pdf')) return (await pdfTexts(new Uint8Array(bytes))).map((text) => ({ where, text }));
  if (name.endsWith('.zip')) {
    const out: Array<{ where: string; text: string }> = [{ where, text: '' }];
    for (const [entry, data] of Object.entries(unzipSync(new Uint8Array(bytes)))) {
      // Names of the files in it count too: a file manager shows them.
      out.push({ where, text: entry });
      out.push(...(await texts(`${where}!${entry}`, Buffer.from(data))));
    }
    return out;
  }
  if (PAGEFIND_DATA.test(name)) {
    const data = gunzipSync(bytes);
    if (data.toString('latin1', 0, PAGEFIND_SIGNATURE.length) !== PAGEFIND_SIGNATURE)
      throw new Error(`${where}: no ${PAGEFIND_SIGNATURE} after gunzip`);
    return [{ where, text: data.subarray(PAGEFIND_SIGNATURE.length).toString('utf8') }];
  }
  if (MEDIA.test(name)) return mediaMetadata(name, bytes).map((text) => ({ where, text }));
  if (name.endsWith('.mp4')) return videoTexts(bytes).map((text) => ({ where, text }));
  if (CODE.test(name)) return [];
  throw new Error(`${where}: a kind of file the leak check does not know how to read (${extname(name) || name})`);
}

/** Everything a built site says, file by file (a zip's entries under `zip!entry`); what each kind of file gave. */
export async function siteTexts(outDir: string): Promise<{
  texts: Array<{ where: string; text: string }>;
  read: Map<string, number>;
}> {
  const out: Array<{ where: string; text: string }> = [];
  const read = new Map<string, number>();
  for (const f of files(outDir)) {
    const got = await texts(relative(outDir, f), readFileSync(f));
    const kind = extname(f) || relative(outDir, f);
    read.set(kind, (read.get(kind) ?? 0) + got.reduce((a, t) => a + t.text.length, 0));
    out.push(...got);
  }
  return { texts: out, read };
}

/**
 * Where a built site shows another campaign's words: "file: word" (a zip's entries as "file.zip!entry").
 * `foreign` are found as they are written, `short` as whole words, `phrases` (from `campaignPhrases`) as
 * runs of words whatever the punctuation between them. Words and phrases its own content also uses are
 * not leaks.
 */
export async function findLeaks(
  outDir: string,
  foreign: string[],
  ownContentDir: string,
  { short = [], phrases = [] }: { short?: string[]; phrases?: string[] } = {},
): Promise<string[]> {
  // Its own words, without YAML comments, which no reader sees.
  const ownTexts = files(ownContentDir).map((f) =>
    readFileSync(f, 'utf8')
      .replace(/^\s*#.*$/gm, '')
      .normalize('NFC')
      .toLowerCase(),
  );
  const own = ownTexts.join('\n');
  const ownWords = ownTexts.map(words);
  const ownPhrases = new Set(
    ownWords.flatMap((ws) => [...new Set(phrases.map((p) => p.split(' ').length))].flatMap((n) => ngrams(ws, n))),
  );
  const ownWordSet = new Set(ownWords.flat());
  const longs = foreign.filter((w) => !own.includes(w.toLowerCase()));
  const shorts = short.map((w) => w.toLowerCase()).filter((w) => !ownWordSet.has(w));
  const byLength = new Map<number, Set<string>>();
  for (const p of phrases)
    if (!ownPhrases.has(p)) {
      const n = p.split(' ').length;
      byLength.set(n, (byLength.get(n) ?? new Set()).add(p));
    }
  const leaks = new Set<string>();
  for (const { where, text: raw } of (await siteTexts(outDir)).texts) {
    const text = raw.normalize('NFC').toLowerCase();
    for (const w of longs) if (text.includes(w.toLowerCase())) leaks.add(`${where}: ${w}`);
    const ws = words(text);
    const set = new Set(ws);
    for (const w of shorts) if (set.has(w)) leaks.add(`${where}: ${w}`);
    for (const [n, wanted] of byLength) for (const g of ngrams(ws, n)) if (wanted.has(g)) leaks.add(`${where}: ${g}`);
  }
  return [...leaks];
}

import { saveFile } from '../../core/save-file';
import { editionsPaths } from './paths';
import { Zip, ZipDeflate } from 'fflate';
import wasmUrl from 'satori/layout.wasm?url';
import { FONT_FILES, registerFonts } from '../../render/fonts';
import { setLayoutEngine } from '../../render/draw';
import { LoaContentError } from '../../core/errors';
import { formatSize } from '../../core/file-size';
import { fill, type Vars } from '../../i18n/fill';
import { EDITION_FIELDS, type Edition } from '../../print/edition';
import { checkEdition, type EditionInput, type EditionProblem } from '../../print/edition-check';
import { editionsCsvSteps, rowMessages } from '../../print/editions-csv';
import { fileMessage } from '../../core/csv-table';
import { makeEdition, type EditionData, type ItemKey } from '../../print/items';
import type { CustomiserStrings } from './customiser-strings';

// The font files the registry needs, bundled as assets beside the script: nothing is fetched from elsewhere.
const fontUrls = import.meta.glob('/node_modules/@fontsource/be-vietnam-pro/files/*-{400,700,800}-normal.woff', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

type Field = keyof typeof EDITION_FIELDS;
const FIELDS = Object.keys(EDITION_FIELDS) as Field[];

async function loadRenderer(): Promise<void> {
  const files = await Promise.all(
    FONT_FILES.map(async (f) => {
      const url = Object.entries(fontUrls).find(([path]) => path.endsWith(`/${f.fileName}`))?.[1];
      if (!url) throw new Error(`customiser: font ${f.fileName} was not bundled`);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`customiser: ${url} answered ${res.status}`);
      return { ...f, data: new Uint8Array(await res.arrayBuffer()) };
    }),
  );
  registerFonts(files);
  const wasm = await fetch(wasmUrl).then((r) => r.arrayBuffer());
  setLayoutEngine(() => Promise.resolve(wasm));
}

/** A layout error about the place's own text, turned back into the form field it came from. */
function fieldOfError(e: unknown): { field?: Field; message: string } {
  if (e instanceof LoaContentError) {
    const field = FIELDS.find((f) => EDITION_FIELDS[f] === e.field);
    return { field, message: `${e.problem}. Cách sửa: ${e.fix}` };
  }
  return { message: e instanceof Error ? e.message : String(e) };
}

export function startCustomiser(): void {
  const root = document.getElementById('kit')!;
  const { data, strings } = JSON.parse(document.getElementById('kit-data')!.textContent!) as {
    data: EditionData;
    strings: CustomiserStrings;
  };
  const say = (key: keyof CustomiserStrings, vars: Vars = {}) => fill(strings[key], vars, key);
  const size = (n: number) => formatSize(n, (k, v) => say(k, v));
  const form = document.getElementById('kit-form') as HTMLFormElement;
  const itemSelect = document.getElementById('kit-item') as HTMLSelectElement;
  const measureSelect = document.getElementById('kit-measure') as HTMLSelectElement;
  const status = document.getElementById('kit-status')!;
  const preview = document.getElementById('kit-preview')!;
  const button = document.getElementById('kit-download') as HTMLButtonElement;
  const input = (f: Field) => document.getElementById(`kit-${f}`) as HTMLInputElement;
  root.hidden = false;

  const ready = (() => {
    status.textContent = say('customiser.loading');
    return loadRenderer().then(
      () => {
        status.textContent = '';
      },
      (e: unknown) => {
        status.textContent = say('customiser.loadFailed');
        throw e;
      },
    );
  })();

  const measureOf = () => data.measures.find((m) => m.id === measureSelect.value)!;
  // Only the measures that have the chosen item can be picked.
  const syncMeasures = () => {
    const item = itemSelect.value as ItemKey;
    for (const option of measureSelect.options) {
      const m = data.measures.find((x) => x.id === option.value)!;
      option.disabled = !m.items.includes(item);
    }
    if (measureSelect.selectedOptions[0]?.disabled)
      measureSelect.value = data.measures.find((m) => m.items.includes(item))!.id;
  };

  const showProblems = (problems: Array<{ field?: Field; message: string }>) => {
    for (const f of FIELDS) {
      const mine = problems.filter((p) => p.field === f);
      const el = document.getElementById(`kit-${f}-error`)!;
      el.hidden = mine.length === 0;
      el.textContent = mine.map((p) => p.message).join(' ');
      input(f).setAttribute('aria-invalid', String(mine.length > 0));
    }
  };
  const asField = (p: EditionProblem) => ({
    field: FIELDS.find((f) => EDITION_FIELDS[f] === p.field),
    message: `${p.problem}. Cách sửa: ${p.fix}`,
  });

  /** The edition the form describes, or undefined with its problems shown beside their fields. */
  const currentEdition = (): Edition | undefined => {
    const typed: EditionInput = Object.fromEntries(FIELDS.map((f) => [f, input(f).value]));
    const { edition, problems } = checkEdition(typed, form.dataset.source ?? EDITION_FIELDS.name);
    showProblems(problems.map(asField));
    return edition;
  };

  let previewUrls: string[] = [];
  const showPreview = (pages: string[]) => {
    previewUrls.forEach((u) => URL.revokeObjectURL(u));
    previewUrls = pages.map((svg) => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })));
    const item = data.items.find((i) => i.key === itemSelect.value)!;
    preview.replaceChildren(
      ...previewUrls.map((src) => {
        const img = document.createElement('img');
        img.src = src;
        img.alt = say('customiser.previewAlt', {
          item: item.label,
          number: measureOf().number,
          place: input('name').value,
        });
        return img;
      }),
    );
    if (!pages.length) preview.textContent = say('customiser.previewNone');
  };
  const make = async () => {
    await ready;
    const edition = currentEdition();
    if (!edition) return undefined;
    try {
      return await makeEdition(data, measureOf(), itemSelect.value as ItemKey, edition);
    } catch (e) {
      const problem = fieldOfError(e);
      showProblems([problem]);
      if (!problem.field) status.textContent = problem.message;
      return undefined;
    }
  };

  // Each edit starts a new drawing; only the latest may reach the screen, and a form that no
  // longer makes a poster clears the last one rather than leave it looking current.
  let drawn = 0;
  const drawPreview = async () => {
    const mine = ++drawn;
    const made = input('name').value.trim() ? await make() : (showProblems([]), undefined);
    if (mine !== drawn) return;
    showPreview(made ? made.pages : []);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void drawPreview(), 350);
  };
  form.addEventListener('input', later);
  itemSelect.addEventListener('change', () => {
    syncMeasures();
    later();
  });
  syncMeasures();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      button.disabled = true;
      status.textContent = say('customiser.working');
      const made = await make();
      button.disabled = false;
      if (!made) {
        if (status.textContent === say('customiser.working')) {
          const invalid = FIELDS.filter((f) => input(f).getAttribute('aria-invalid') === 'true');
          status.textContent = say('customiser.fixFields', {
            problems: invalid.map((f) => EDITION_FIELDS[f]).join(', '),
          });
          if (invalid[0]) input(invalid[0]).focus();
        }
        return;
      }
      saveFile(made.fileName, made.pdf as BlobPart, 'application/pdf');
      status.textContent = say('customiser.ready', { file: made.fileName, size: size(made.pdf.length) });
      showPreview(made.pages);
    })();
  });

  startBatch(data, say, () => ({ measure: measureOf(), item: itemSelect.value as ItemKey }), ready);
}

function startBatch(
  data: EditionData,
  say: (key: keyof CustomiserStrings, vars?: Vars) => string,
  choice: () => { measure: EditionData['measures'][number]; item: ItemKey },
  ready: Promise<void>,
): void {
  const fileInput = document.getElementById('kit-csv') as HTMLInputElement;
  const start = document.getElementById('kit-batch-start') as HTMLButtonElement;
  const progress = document.getElementById('kit-progress') as HTMLProgressElement;
  const status = document.getElementById('kit-batch-status')!;
  const errors = document.getElementById('kit-batch-errors')!;

  start.addEventListener('click', () => {
    const file = fileInput.files?.[0];
    if (!file) {
      status.textContent = say('customiser.batchNoFile');
      errors.replaceChildren();
      fileInput.focus();
      return;
    }
    void (async () => {
      start.disabled = true;
      errors.replaceChildren();
      await ready;
      const { measure, item } = choice();
      const steps = editionsCsvSteps(new Uint8Array(await file.arrayBuffer()), file.name);
      let step = steps.next();
      for (let n = 1; !step.done; n++, step = steps.next())
        if (n % 200 === 0) await new Promise((r) => setTimeout(r, 0));
      const { rows, fileProblems, notices } = step.value;
      // Each refused row's messages, by line: those the reader found, then those the layout did.
      const byLine: Array<{ line: number; text: string }> = [];
      const refused = new Set<number>();
      for (const row of rows)
        if (!row.edition) {
          byLine.push(...rowMessages(row).map((text) => ({ line: row.line, text })));
          refused.add(row.line);
        }
      const toMake = rows.filter((r) => r.edition);
      // The zip is written as the files are made, a few milliseconds each, so the page never waits
      // for one long compression at the end.
      const chunks: Uint8Array[] = [];
      let zipped: () => void = () => undefined;
      const finished = new Promise<void>((resolve) => (zipped = resolve));
      const zip = new Zip((err, chunk, final) => {
        if (err) throw err;
        chunks.push(chunk);
        if (final) zipped();
      });
      const mtime = new Date(`${data.date}T00:00:00Z`);
      let count = 0;
      let tried = 0;
      progress.hidden = false;
      progress.max = Math.max(toMake.length, 1);
      progress.value = 0;
      status.textContent = say('customiser.batchProgress', { done: 0, total: toMake.length });
      for (const row of toMake) {
        try {
          const made = await makeEdition(data, measure, item, row.edition!);
          const entry = new ZipDeflate(made.fileName, { level: 6 });
          entry.mtime = mtime;
          zip.add(entry);
          entry.push(made.pdf, true);
          count++;
        } catch (e) {
          const problem = e instanceof LoaContentError ? `${e.field} ${e.problem}. Cách sửa: ${e.fix}` : String(e);
          byLine.push({ line: row.line, text: `dòng ${row.line}: ${problem}` });
          refused.add(row.line);
        }
        progress.value = ++tried;
        status.textContent = say('customiser.batchProgress', { done: count, total: toMake.length });
        // Let the page paint the progress bar, and answer the reader, between two editions.
        await new Promise((r) => setTimeout(r, 0));
      }
      zip.end();
      await finished;
      if (count) {
        const name = editionsPaths.batchZip(data.campaign, measure.number, item);
        saveFile(name, chunks as BlobPart[], 'application/zip');
        status.textContent = say('customiser.batchDone', { count, file: name });
      } else status.textContent = say('customiser.batchNone');
      const li = (text: string) => Object.assign(document.createElement('li'), { textContent: text });
      // Refused rows under their count (a file that could not be read at all has no count); notes apart, last.
      errors.replaceChildren(
        ...(refused.size ? [li(say('customiser.batchSkipped', { count: refused.size }))] : []),
        ...fileProblems.map((p) => li(fileMessage(p))),
        ...byLine.sort((a, b) => a.line - b.line).map((m) => li(m.text)),
        ...notices.map((n) => li(`${say('customiser.batchNotes')} ${n}`)),
      );
      start.disabled = false;
    })();
  });
}

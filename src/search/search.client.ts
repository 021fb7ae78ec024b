import { foldQuery, unfoldText } from './fold';
import { matchedWords, rerank } from './query';
import type { ClientStrings } from './strings';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const collator = new Intl.Collator('vi', { numeric: true });
/** Results shown, and so fragments fetched, per search. */
const SHOWN = 30;

/** Keeps only text and <mark> from Pagefind's excerpt: nothing else reaches the page as markup. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  for (const n of doc.body.firstChild?.childNodes ?? []) {
    if (n.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(n.textContent ?? ''));
    else if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      out.push(m);
    } else out.push(document.createTextNode(n.textContent ?? ''));
  }
  return out;
}

export async function runSearchPage(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const fieldset = document.getElementById('filters') as HTMLFieldSetElement;
  const params = new URLSearchParams(location.search);
  const words = JSON.parse(form.dataset.strings ?? '{}') as ClientStrings;
  const fill = (template: string, vars: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  input.value = params.get('q') ?? '';

  let pagefind: Pagefind;
  try {
    pagefind = (await import(
      /* @vite-ignore */ new URL(`${form.dataset.bundle}pagefind.js`, location.href).href
    )) as Pagefind;
    // Result URLs are relative to the index; under a sub-path they need the base. A site this
    // size searches in a moment on the page's own thread: no worker script to fetch. Spelling
    // is ranked by rerank (./query), on every match of a page, so Pagefind's boost stays off.
    await pagefind.options({
      excerptLength: 28,
      baseUrl: form.dataset.base ?? '/',
      noWorker: true,
      ranking: { diacriticSimilarity: 0 },
    });
  } catch {
    status.textContent = words.unavailable;
    return;
  }

  const selects = new Map<string, HTMLSelectElement>();
  const filters = await pagefind.filters();
  for (const [name, values] of Object.entries(filters)) {
    const label = document.createElement('label');
    label.append(words.filters[name] ?? name);
    const select = document.createElement('select');
    select.name = `f-${name}`;
    select.add(new Option(words.all, ''));
    for (const value of Object.keys(values).sort(collator.compare))
      select.add(new Option(`${value} (${values[value]})`, value));
    select.value = params.get(`f-${name}`) ?? '';
    if (select.value === '' && params.get(`f-${name}`)) select.value = '';
    select.addEventListener('change', () => void run());
    label.append(select);
    fieldset.append(label);
    selects.set(name, select);
  }
  fieldset.hidden = selects.size === 0;
  // Open the filters when the link itself carries one, so the reader sees why results are narrowed.
  if ([...selects.values()].some((s) => s.value)) (fieldset.closest('details') as HTMLDetailsElement).open = true;

  let generation = 0;
  async function run(): Promise<void> {
    const mine = ++generation;
    const q = input.value.trim();
    const chosen = Object.fromEntries([...selects].filter(([, s]) => s.value).map(([n, s]) => [n, s.value]));
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const [n, v] of Object.entries(chosen)) url.searchParams.set(`f-${n}`, v);
    history.replaceState(null, '', url);
    list.replaceChildren();
    if (!q && Object.keys(chosen).length === 0) {
      status.textContent = '';
      return;
    }
    status.textContent = words.searching;
    // One search: the index spells đ as the query does once folded. A filter alone lists everything in it.
    const found = (await pagefind.search(q ? foldQuery(q) : (null as unknown as string), { filters: chosen }))?.results;
    if (mine !== generation) return;
    const top = (found ?? []).slice(0, SHOWN);
    const loaded = await Promise.all(top.map((r) => r.data()));
    if (mine !== generation) return;
    const items = rerank(
      q,
      loaded.map((item, i) => ({ item, score: top[i].score, matches: matchedWords(item.content, item.locations) })),
    ).map((r) => r.item);
    for (const item of items) {
      const li = document.createElement('li');
      const h2 = document.createElement('h2');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = unfoldText(item.meta.title ?? item.url);
      h2.append(a);
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = unfoldText(
        [item.meta.kind, item.meta.number, item.meta.issuer, item.meta.date].filter(Boolean).join(' · '),
      );
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(unfoldText(item.excerpt)));
      li.append(h2, meta, excerpt);
      list.append(li);
    }
    const template = items.length ? (q ? words.results : words.resultsNoQuery) : q ? words.none : words.noneNoQuery;
    status.textContent = fill(template, { count: items.length, query: q });
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  if (input.value || [...selects.values()].some((s) => s.value)) await run();
}

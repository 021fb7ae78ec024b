import { foldQuery, unfoldText } from './fold';
import { matchedWords, rerank, typedWithMarks } from './query';
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
/** Results shown at a time; each one costs its fragment (about 1.2 KB) on a cheap phone's data. */
const STEP = 10;
/**
 * Results whose text is fetched up front when the query carries marks: the
 * spelling the reader typed decides the order (./query), and a page spelling
 * it exactly may sit lower in Pagefind's score. A plain query has no spelling
 * to weigh and fetches only what it shows.
 */
const RANKED = 30;

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
  const details = fieldset.closest('details') as HTMLDetailsElement;
  const wanted = [...params.keys()].some((k) => k.startsWith('f-'));
  let filtersReady: Promise<void> | undefined;
  // Pagefind fetches every filter's page list for filters(): on a large site that is most of a
  // first visit's bytes, so they are fetched when the reader opens the panel or the link sets one.
  function loadFilters(): Promise<void> {
    filtersReady ??= (async () => {
      const loading = document.createElement('p');
      loading.className = 'meta';
      loading.textContent = words.filtersLoading;
      details.append(loading);
      const filters = await pagefind.filters();
      loading.remove();
      for (const [name, values] of Object.entries(filters)) {
        const label = document.createElement('label');
        label.append(words.filters[name] ?? name);
        const select = document.createElement('select');
        select.name = `f-${name}`;
        select.add(new Option(words.all, ''));
        for (const value of Object.keys(values).sort(collator.compare))
          select.add(new Option(`${value} (${values[value]})`, value));
        select.value = params.get(`f-${name}`) ?? '';
        select.addEventListener('change', () => void run());
        label.append(select);
        fieldset.append(label);
        selects.set(name, select);
      }
      fieldset.hidden = selects.size === 0;
    })();
    return filtersReady;
  }
  details.addEventListener('toggle', () => {
    if (details.open) void loadFilters();
  });
  if (wanted) {
    await loadFilters();
    // Open the filters when the link itself carries one, so the reader sees why results are narrowed.
    if ([...selects.values()].some((s) => s.value)) details.open = true;
  }

  const more = document.getElementById('search-more') as HTMLButtonElement;
  let generation = 0;

  /** One search's results not shown yet: ranked by spelling first, then in Pagefind's order. */
  interface Results {
    query: string;
    ranked: PagefindResultData[];
    pending: PagefindResult[];
  }
  // The search whose results are on the page; a newer one replaces it only once its own are ready.
  let current: Results = { query: '', ranked: [], pending: [] };

  function order(query: string, batch: PagefindResult[], loaded: PagefindResultData[]): PagefindResultData[] {
    return rerank(
      query,
      loaded.map((item, i) => ({ item, score: batch[i].score, matches: matchedWords(item.content, item.locations) })),
    ).map((r) => r.item);
  }
  /** The next results of `r` in their final order, fetching their text. */
  async function next(r: Results): Promise<PagefindResultData[]> {
    if (r.ranked.length) return r.ranked.splice(0, STEP);
    const batch = r.pending.splice(0, STEP);
    return order(r.query, batch, await Promise.all(batch.map((x) => x.data())));
  }

  function show(r: Results, items: PagefindResultData[]): HTMLAnchorElement | undefined {
    let first: HTMLAnchorElement | undefined;
    for (const item of items) {
      const li = document.createElement('li');
      const h2 = document.createElement('h2');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = unfoldText(item.meta.title ?? item.url);
      first ??= a;
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
    const left = r.ranked.length + r.pending.length;
    more.hidden = left === 0;
    more.textContent = fill(words.more, { count: Math.min(STEP, left) });
    return first;
  }

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
    more.hidden = true;
    if (!q && Object.keys(chosen).length === 0) {
      status.textContent = '';
      return;
    }
    status.textContent = words.searching;
    // One search: the index spells đ as the query does once folded. A filter alone lists everything in it.
    const found = (await pagefind.search(q ? foldQuery(q) : (null as unknown as string), { filters: chosen }))?.results;
    if (mine !== generation) return;
    const results: Results = { query: q, ranked: [], pending: [...(found ?? [])] };
    if (typedWithMarks(q) && results.pending.length > STEP) {
      const batch = results.pending.splice(0, RANKED);
      results.ranked = order(q, batch, await Promise.all(batch.map((x) => x.data())));
    }
    const items = await next(results);
    if (mine !== generation) return;
    current = results;
    show(results, items);
    const count = found?.length ?? 0;
    const template = count ? (q ? words.results : words.resultsNoQuery) : q ? words.none : words.noneNoQuery;
    status.textContent = fill(template, { count, query: q });
  }

  more.addEventListener('click', async () => {
    const shown = current;
    more.disabled = true;
    const items = await next(shown);
    more.disabled = false;
    if (shown !== current) return;
    // The reader goes on from the first new result, not from the top of the page.
    show(shown, items)?.focus();
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  if (input.value || [...selects.values()].some((s) => s.value)) await run();
}

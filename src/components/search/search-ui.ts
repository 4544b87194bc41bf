/**
 * The search page in the browser: reads the state from the URL, runs the search, renders
 * filters with counts and results, and writes the state back to the URL (pushState), so a
 * result list can be shared and the back button restores it.
 *
 * It searches on Enter and, while the person types, after a short pause
 * (src/lib/search/typing.ts). A query typed in one go makes one history entry: its first search
 * pushes the URL, the later ones replace it. A newer search always wins: the results of an older
 * one that finishes late are dropped (`runId`).
 *
 * Data from the index is only ever put into the page with textContent (and <mark> elements
 * around highlighted text), never as HTML.
 */
import { DIMENSIONS, ENTRY_KINDS, KIND_LABELS, recordKind, type Dimension, type DisplayRecord } from '../../lib/search/meta.ts';
import { emptyCounts, parseState, sortValues, stateToSearch, valueLabel, type FacetCounts, type SearchState } from '../../lib/search/state.ts';
import { highlightSegments, identifierKey, type QueryPlan } from '../../lib/search/tokens.ts';
import { normaliseName } from '../../lib/names.ts';
import { addDays, dateLabel } from '../../lib/dates.ts';
import { typingSearch } from '../../lib/search/typing.ts';
import { PortalSearch, type SearchOutcome } from './search-client.ts';

const PAGE_SIZE = 10;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * What to mark in a result: for a document or licence number, the identifier of the result that
 * matched it, as the result writes it (the query may have other brackets or none); otherwise
 * the query's words.
 */
function termsFor(r: DisplayRecord, plan: QueryPlan): string[] {
  if (!plan.identifierKey || !r.i) return plan.highlight;
  const typed = plan.identifierKey;
  const matched = r.i
    .map(([, v]) => v)
    .filter((v) => identifierKey(v).startsWith(typed))
    .map((v) => normaliseName(v).toLowerCase()); // highlight terms are folded, as the text is
  return matched.length ? matched : plan.highlight;
}

/** Appends text with the highlight terms wrapped in <mark>. */
function appendHighlighted(parent: HTMLElement, text: string, terms: string[]): void {
  for (const seg of highlightSegments(text, terms)) {
    if (seg.mark) parent.append(el('mark', undefined, seg.text));
    else parent.append(document.createTextNode(seg.text));
  }
}

export function startSearchPage(): void {
  const found = document.querySelector<HTMLElement>('[data-search-app]');
  if (!found) return;
  const root: HTMLElement = found;
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = q<HTMLFormElement>('form');
  const input = q<HTMLInputElement>('#search-q');
  const body = q<HTMLElement>('[data-search-body]');
  const filtersBox = q<HTMLElement>('[data-search-filters]');
  const sortSelect = q<HTMLSelectElement>('[data-search-sort]');
  const clearButton = q<HTMLButtonElement>('[data-search-clear]');
  const status = q<HTMLElement>('[data-search-status]');
  const empty = q<HTMLElement>('[data-search-empty]');
  const list = q<HTMLOListElement>('[data-search-list]');
  const more = q<HTMLButtonElement>('[data-search-more]');
  const base = root.dataset['base'] ?? '/';
  const search = new PortalSearch(JSON.parse(root.dataset['bundles'] ?? '[]') as string[], base);

  let state: SearchState = parseState(location.search);
  let outcome: SearchOutcome | null = null;
  let shown = 0;
  let runId = 0;
  body.hidden = false;
  // Filters stand beside the results on a wide screen; on a phone they are folded away under
  // their heading, so that the results come first.
  const filtersFold = q<HTMLDetailsElement>('[data-search-filters-box]');
  filtersFold.open = window.matchMedia('(min-width: 56rem)').matches || Object.keys(state.filters).length > 0;

  /** Marks a search as finished (tests and benchmarks wait for `data-search-run` to change). */
  const finish = (id: number, outcomeState: 'done' | 'error') => {
    if (id !== runId) return;
    root.dataset['searchState'] = outcomeState;
    root.dataset['searchRun'] = String(id);
  };

  function renderHit(r: DisplayRecord, terms: string[]): HTMLLIElement {
    const kind = recordKind(r);
    const li = el('li', `search-hit search-hit--${kind}`);
    const h = el('h3', 'search-hit__title');
    const a = el('a');
    a.href = `${base}${r.u.replace(/^\//, '')}`;
    appendHighlighted(a, r.t, terms);
    h.append(a);
    const meta = el('p', 'search-hit__meta');
    meta.append(el('span', 'search-hit__kind', KIND_LABELS[kind]));
    if (r.f.list && kind !== 'list') meta.append(el('span', undefined, `名单：${r.f.list}`));
    if (r.f.area && kind !== 'area') meta.append(el('span', undefined, `领域：${r.f.area}`));
    if (r.d) {
      const t = el('time', undefined, dateLabel(r.d));
      t.dateTime = r.d;
      meta.append(t);
    }
    // A list entry: shown while it is disclosed, until the day before its first day off the list.
    if (ENTRY_KINDS.includes(kind)) meta.append(el('span', 'search-hit__status', r.h ? `公示中，公示至${dateLabel(addDays(r.h, -1))}` : '公示中，未定期限'));
    li.append(h, meta);
    if (r.i) {
      const ids = el('p', 'search-hit__ids');
      appendHighlighted(ids, r.i.map(([label, v]) => `${label} ${v}`).join('；'), terms);
      li.append(ids);
    }
    const excerpt = [r.s, r.n ? `相关名称：${r.n}` : ''].filter(Boolean).join(' ');
    if (excerpt) {
      const p = el('p', 'search-hit__excerpt');
      appendHighlighted(p, excerpt, terms);
      li.append(p);
    }
    return li;
  }

  function renderFilters(counts: FacetCounts): void {
    filtersBox.replaceChildren();
    for (const d of DIMENSIONS) {
      const entries = sortValues(d.key, [...counts[d.key].entries()]);
      const chosen = state.filters[d.key];
      if (chosen && !counts[d.key].has(chosen)) entries.unshift([chosen, 0]);
      if (!entries.length) continue;
      const wrap = el('div', 'search__control');
      const id = `search-f-${d.key}`;
      const label = el('label', undefined, d.label);
      label.htmlFor = id;
      const select = el('select');
      select.id = id;
      select.name = d.param;
      select.dataset['dim'] = d.key;
      select.append(new Option('全部', ''));
      for (const [v, n] of entries) select.append(new Option(`${valueLabel(d.key, v)}（${n}）`, v, false, v === chosen));
      wrap.append(label, select);
      filtersBox.append(wrap);
    }
    clearButton.hidden = !Object.keys(state.filters).length;
  }

  async function showMore(focusFirst: boolean): Promise<void> {
    if (!outcome) return;
    const id = runId;
    const from = shown;
    const records = await outcome.records(from, from + PAGE_SIZE);
    if (id !== runId) return;
    const items = records.map((r) => renderHit(r, termsFor(r, outcome!.plan)));
    list.append(...items);
    shown = from + records.length;
    const rest = outcome.total - shown;
    more.hidden = rest <= 0;
    more.textContent = `显示更多结果（还有 ${rest} 条）`;
    if (focusFirst && items[0]) items[0].querySelector('a')?.focus();
  }

  /** `typed`: the search follows the person's typing, whose box must not be rewritten under them. */
  async function run(typed = false): Promise<void> {
    const id = ++runId;
    if (!typed) {
      input.value = state.q;
      typing.searched(state.q);
    }
    sortSelect.value = state.sort;
    list.replaceChildren();
    empty.hidden = true;
    more.hidden = true;
    shown = 0;
    outcome = null;
    if (!state.q) {
      renderFilters(emptyCounts());
      status.textContent = '请输入要查找的企业名称、姓名、统一社会信用代码或案例中的词语。';
      finish(id, 'done');
      return;
    }
    root.dataset['searchState'] = 'busy';
    status.textContent = '正在搜索……';
    let result: SearchOutcome | null;
    try {
      result = await search.run(state);
    } catch (e) {
      if (id !== runId) return;
      console.error(e);
      status.textContent = '搜索暂时无法使用，请稍后再试，或在名单目录中浏览。';
      empty.hidden = false;
      finish(id, 'error');
      return;
    }
    if (id !== runId) return;
    outcome = result;
    renderFilters(result?.counts ?? emptyCounts());
    if (result?.plan.tooShort) {
      status.textContent = `“${state.q}”只是统一社会信用代码的开头几位，只表示登记机关、主体类别和所在地区，不能据此识别任何主体。请输入完整的 18 位代码，或从第 9 位起的组织机构代码。`;
    } else if (!result || result.total === 0) {
      status.textContent = `没有找到与“${state.q}”相符的公示信息。`;
      empty.hidden = false;
    } else {
      const filtered = Object.keys(state.filters).length ? '（已按所选条件筛选）' : '';
      status.textContent = `找到 ${result.total} 条与“${state.q}”相符的信息${filtered}。`;
      await showMore(false);
    }
    finish(id, 'done');
  }

  /** Whether the current history entry belongs to the query being typed (replaced, not pushed). */
  let typingEntry = false;

  /** Applies a new state: into the URL (a new history entry, or the typed query's entry), then searches. */
  function go(next: SearchState, typed = false): void {
    state = next;
    const url = `${location.pathname}${stateToSearch(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (typed && typingEntry) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    typingEntry = typed;
    void run(typed);
  }

  const typing = typingSearch((query, typed) => go({ ...state, q: query }, typed), {
    set: (fn, ms) => window.setTimeout(fn, ms),
    clear: (h) => window.clearTimeout(h as number),
  });
  input.addEventListener('input', (e) => typing.input(input.value, (e as InputEvent).isComposing === true));
  input.addEventListener('compositionstart', () => typing.compositionStart());
  input.addEventListener('compositionend', () => typing.compositionEnd(input.value));

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    typing.submit(input.value);
  });
  filtersBox.addEventListener('change', (e) => {
    const select = e.target as HTMLSelectElement;
    const dim = select.dataset['dim'] as Dimension | undefined;
    if (!dim) return;
    const filters = { ...state.filters };
    if (select.value) filters[dim] = select.value;
    else delete filters[dim];
    go({ ...state, filters });
  });
  sortSelect.addEventListener('change', () => go({ ...state, sort: sortSelect.value === 'date' ? 'date' : 'relevance' }));
  clearButton.addEventListener('click', () => {
    go({ ...state, filters: {} });
    input.focus();
  });
  more.addEventListener('click', () => void showMore(true));
  input.addEventListener('focus', () => search.warm(), { once: true });
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    typingEntry = false;
    void run();
  });

  void run();
}

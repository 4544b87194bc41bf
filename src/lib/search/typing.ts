/**
 * Search while typing: the query is searched once the person pauses, as well as on Enter.
 * Pure and browser-safe (timers are passed in); the search page (src/components/search/search-ui.ts)
 * feeds it the input's events. Unit-tested with fake timers.
 *
 * - A pause of `TYPING_PAUSE_MS` after the last change searches; each change restarts the wait.
 * - While an input method composes (pinyin being typed, `compositionstart` … `compositionend`),
 *   nothing is searched: the letters are not the query yet. The composed text counts as a change.
 * - Enter searches at once and cancels the waiting search.
 * - A query shorter than `TYPING_MIN_CHARS` is not searched while typing (a single character
 *   matches too much to help); an emptied box is, so that the results go away. Enter searches
 *   any query.
 * - The same query twice in a row is searched once.
 */

export const TYPING_PAUSE_MS = 300;
export const TYPING_MIN_CHARS = 2;

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface TypingSearch {
  /** The input's value changed; `composing` is the event's `isComposing`. */
  input(value: string, composing: boolean): void;
  compositionStart(): void;
  compositionEnd(value: string): void;
  /** Enter (the form submitted): search now. */
  submit(value: string): void;
  /** The query shown was set from elsewhere (the URL, the back button): it is the last one searched. */
  searched(query: string): void;
}

/**
 * `search(query, typed)` is called with the trimmed query; `typed` is true for a search made by a
 * pause, false for Enter.
 */
export function typingSearch(search: (query: string, typed: boolean) => void, timers: Timers, pause = TYPING_PAUSE_MS): TypingSearch {
  let composing = false;
  let waiting: unknown;
  let last: string | undefined;
  const cancel = () => {
    if (waiting !== undefined) timers.clear(waiting);
    waiting = undefined;
  };
  const schedule = (value: string) => {
    cancel();
    const q = value.trim();
    if (q === last || (q && [...q].length < TYPING_MIN_CHARS)) return;
    waiting = timers.set(() => {
      waiting = undefined;
      last = q;
      search(q, true);
    }, pause);
  };
  return {
    input(value, isComposing) {
      if (composing || isComposing) return;
      schedule(value);
    },
    compositionStart() {
      composing = true;
      cancel();
    },
    compositionEnd(value) {
      composing = false;
      schedule(value);
    },
    submit(value) {
      cancel();
      last = value.trim();
      search(last, false);
    },
    searched(query) {
      cancel();
      last = query;
    },
  };
}

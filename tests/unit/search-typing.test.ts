/**
 * Search while typing (src/lib/search/typing.ts): a pause searches, each keystroke restarts the
 * wait, an input method's composition is waited out, Enter searches at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TYPING_PAUSE_MS, typingSearch } from '../../src/lib/search/typing.ts';

let searched: [string, boolean][];
const make = () =>
  typingSearch((q, typed) => searched.push([q, typed]), {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });

beforeEach(() => {
  vi.useFakeTimers();
  searched = [];
});
afterEach(() => vi.useRealTimers());

describe('searching while typing', () => {
  it('searches once, for the whole query, after a pause following the last keystroke', () => {
    const t = make();
    for (const v of ['恒', '恒达', '恒达商', '恒达商贸']) {
      t.input(v, false);
      vi.advanceTimersByTime(100);
    }
    expect(searched).toEqual([]);
    vi.advanceTimersByTime(300 - 100 - 1);
    expect(searched).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(searched).toEqual([['恒达商贸', true]]);
  });

  it('waits about a third of a second', () => {
    expect(TYPING_PAUSE_MS).toBeGreaterThanOrEqual(200);
    expect(TYPING_PAUSE_MS).toBeLessThanOrEqual(500);
  });

  it('searches nothing while an input method composes, and the composed text after a pause', () => {
    const t = make();
    t.input('恒达', false);
    t.compositionStart();
    t.input('恒达s', true);
    t.input('恒达shang', true);
    vi.advanceTimersByTime(2000);
    expect(searched).toEqual([]);
    t.compositionEnd('恒达商');
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(searched).toEqual([['恒达商', true]]);
  });

  it('ignores input events that arrive during a composition even without isComposing', () => {
    const t = make();
    t.compositionStart();
    t.input('hengda', false);
    vi.advanceTimersByTime(2000);
    expect(searched).toEqual([]);
  });

  it('searches at once on Enter and drops the search that was waiting', () => {
    const t = make();
    t.input('恒达', false);
    t.submit(' 恒达商贸 ');
    expect(searched).toEqual([['恒达商贸', false]]);
    vi.advanceTimersByTime(2000);
    expect(searched).toEqual([['恒达商贸', false]]);
  });

  it('does not search one character while typing, but does on Enter; an emptied box is searched', () => {
    const t = make();
    t.input('恒', false);
    vi.advanceTimersByTime(2000);
    expect(searched).toEqual([]);
    t.submit('恒');
    t.input('', false);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(searched).toEqual([
      ['恒', false],
      ['', true],
    ]);
  });

  it('does not search the same query again when only spaces around it changed', () => {
    const t = make();
    t.input('张某某', false);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    t.input('张某某 ', false);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    t.input('张某某 601X', false);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(searched).toEqual([
      ['张某某', true],
      ['张某某 601X', true],
    ]);
  });

  it('takes a query set from the address as already searched', () => {
    const t = make();
    t.searched('恒达');
    t.input('恒达', false);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(searched).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../shared/rich-text';
import { TAB_GONE_MS, UnsavedStore } from '../../../renderer/lib/unsaved-store';

/** localStorage as the browser keeps it: string keys and values, in one origin. */
class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
}

const key = { reportId: 'rep', sectionId: 'sec' };
const text = (s: string) => stateFromParagraphs([s]);

describe('unsaved store', () => {
  it('keeps an edit until exactly that text is acknowledged; text typed meanwhile stays, on the new base', () => {
    const storage = new MemoryStorage();
    const tab = new UnsavedStore(storage, 'tab1');
    tab.put({ ...key, baseRevision: 3, content: text('甲'), heading: '一、举措' });
    expect(tab.hasOwn()).toBe(true);
    tab.put({ ...key, baseRevision: 3, content: text('甲乙'), heading: '一、举措' });
    tab.acknowledge(key, text('甲'), 4); // the save of 甲 came back after 乙 was typed
    expect(tab.get(key)).toMatchObject({ baseRevision: 4, content: text('甲乙') });
    // The core's copy comes back with its keys in another order: still the same text.
    const reordered = JSON.parse(JSON.stringify(text('甲乙')), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    tab.acknowledge(key, reordered, 5);
    expect(tab.get(key)).toBeNull();
    expect(tab.hasOwn()).toBe(false);
  });

  it('offers the drafts of a page that left or went silent, never those of a live tab', () => {
    const storage = new MemoryStorage();
    let now = 1_000_000;
    const old = new UnsavedStore(storage, 'old', () => now);
    const live = new UnsavedStore(storage, 'live', () => now);
    const fresh = new UnsavedStore(storage, 'fresh', () => now);
    old.beat();
    live.beat();
    old.put({ ...key, baseRevision: 1, content: text('旧页面的文字'), heading: '导语' });
    live.put({ reportId: 'rep', sectionId: 'other', baseRevision: 1, content: text('另一个标签页'), heading: '落款' });
    expect(fresh.orphans('rep')).toEqual([]);
    old.leave(); // F5 or closing: its drafts are orphans at once
    expect(fresh.orphans('rep').map((d) => d.tab)).toEqual(['old']);
    now += TAB_GONE_MS; // the live tab crashed: no heartbeat for a while
    expect(
      fresh
        .orphans('rep')
        .map((d) => d.tab)
        .sort(),
    ).toEqual(['live', 'old']);
    expect(fresh.orphans('another report')).toEqual([]);

    const restored = fresh.adopt(fresh.orphans('rep').find((d) => d.tab === 'old')!);
    expect(restored.tab).toBe('fresh');
    expect(fresh.get(key)?.content).toEqual(text('旧页面的文字'));
    expect(fresh.orphans('rep').map((d) => d.tab)).toEqual(['live']);
  });

  it('ignores damaged or foreign entries without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 8 }), (entries) => {
        const storage = new MemoryStorage();
        for (const [k, v] of entries) storage.setItem(`nianbao-draft:${k}`, v);
        storage.setItem('nianbao-draft:x:rep:sec', '{"tab":"x","reportId":"rep","sectionId":"sec","baseRevision":"1"}');
        const store = new UnsavedStore(storage, 'me');
        expect(store.orphans('rep').every((d) => typeof d.baseRevision === 'number' && typeof d.content.root === 'object')).toBe(true);
        expect(store.hasOwn()).toBe(false);
      }),
    );
  });

  it('a full storage makes the page warn before closing instead of losing the text silently', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const tab = new UnsavedStore(storage, 'tab');
    tab.put({ ...key, baseRevision: 0, content: text('写不进去'), heading: '导语' });
    expect(tab.writeFailed).toBe(true);
    expect(tab.hasOwn()).toBe(true);
  });
});

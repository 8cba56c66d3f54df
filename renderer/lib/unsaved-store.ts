import type { RichTextState } from '../../shared/rich-text';
import { sameContent } from './same-content';

/**
 * Every edit the core has not acknowledged yet, kept in the browser (issue 10): per tab, report and
 * section, with the revision the text started from. It survives a reload, a restart of the program
 * and a crash of the browser; the entry goes when a save of exactly that text is acknowledged.
 *
 * A tab announces itself with a heartbeat; the drafts of a tab whose heartbeat stopped (closed,
 * reloaded, crashed) are orphans, which the page offers to restore (恢复未保存的内容).
 */

export interface Draft {
  tab: string;
  reportId: string;
  sectionId: string;
  /** The revision the text started from: restoring a draft whose section moved on is a conflict. */
  baseRevision: number;
  content: RichTextState;
  /** The section's heading when the draft was written, to name it in the restore offer. */
  heading: string;
  /** ms since the epoch of the last edit. */
  at: number;
}

export type DraftKey = Pick<Draft, 'reportId' | 'sectionId'>;

const DRAFT_PREFIX = 'nianbao-draft:';
const TAB_PREFIX = 'nianbao-tab:';
export const HEARTBEAT_MS = 3000;
/** A tab silent this long is gone (several missed heartbeats: background tabs are throttled to 1/s). */
export const TAB_GONE_MS = 12_000;

const draftKey = (tab: string, k: DraftKey) => `${DRAFT_PREFIX}${tab}:${k.reportId}:${k.sectionId}`;

export class UnsavedStore {
  private failed = false;
  constructor(
    private readonly storage: Storage,
    readonly tab: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether the last write failed (storage full or disabled): the page then warns before closing. */
  get writeFailed(): boolean {
    return this.failed;
  }

  put(draft: Omit<Draft, 'tab' | 'at'>): void {
    const full: Draft = { ...draft, tab: this.tab, at: this.now() };
    try {
      this.storage.setItem(draftKey(this.tab, draft), JSON.stringify(full));
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  /** This tab's draft of a section. */
  get(k: DraftKey): Draft | null {
    return this.read(draftKey(this.tab, k));
  }

  /**
   * The core acknowledged `content` at `revision`: the draft goes if it holds exactly that text;
   * otherwise (typed on meanwhile) it stays, now based on the acknowledged revision.
   */
  acknowledge(k: DraftKey, content: RichTextState, revision: number): void {
    const draft = this.get(k);
    if (!draft) return;
    if (sameContent(draft.content, content)) this.storage.removeItem(draftKey(this.tab, k));
    else this.storage.setItem(draftKey(this.tab, k), JSON.stringify({ ...draft, baseRevision: revision }));
  }

  remove(draft: Pick<Draft, 'tab' | 'reportId' | 'sectionId'>): void {
    this.storage.removeItem(draftKey(draft.tab, draft));
  }

  /** Makes an orphan this tab's own (restoring it): one entry per section, the orphan's text wins. */
  adopt(draft: Draft): Draft {
    const own: Draft = { ...draft, tab: this.tab };
    this.storage.setItem(draftKey(this.tab, draft), JSON.stringify(own));
    if (draft.tab !== this.tab) this.remove(draft);
    return own;
  }

  /** Whether anything typed in this tab is not acknowledged yet (the beforeunload guard). */
  hasOwn(): boolean {
    return this.failed || this.all().some((d) => d.tab === this.tab);
  }

  /** Drafts of tabs that are gone, for one report, newest first. */
  orphans(reportId: string): Draft[] {
    return this.all()
      .filter((d) => d.reportId === reportId && d.tab !== this.tab && !this.isAlive(d.tab))
      .sort((a, b) => b.at - a.at);
  }

  beat(): void {
    try {
      this.storage.setItem(TAB_PREFIX + this.tab, String(this.now()));
    } catch {
      // A full storage only costs the heartbeat: this tab's drafts may be offered elsewhere early.
    }
  }

  /** The tab is going away (pagehide): its drafts become orphans at once for the next page. */
  leave(): void {
    this.storage.removeItem(TAB_PREFIX + this.tab);
  }

  private isAlive(tab: string): boolean {
    const at = Number(this.storage.getItem(TAB_PREFIX + tab));
    return Number.isFinite(at) && at > 0 && this.now() - at < TAB_GONE_MS;
  }

  private all(): Draft[] {
    const out: Draft[] = [];
    for (let i = 0; i < this.storage.length; i += 1) {
      const key = this.storage.key(i);
      if (!key?.startsWith(DRAFT_PREFIX)) continue;
      const draft = this.read(key);
      if (draft) out.push(draft);
    }
    return out;
  }

  private read(key: string): Draft | null {
    const raw = this.storage.getItem(key);
    if (!raw) return null;
    try {
      const d = JSON.parse(raw) as Partial<Draft>;
      const valid =
        typeof d.tab === 'string' &&
        typeof d.reportId === 'string' &&
        typeof d.sectionId === 'string' &&
        typeof d.baseRevision === 'number' &&
        typeof d.at === 'number' &&
        typeof d.heading === 'string' &&
        typeof d.content === 'object' &&
        d.content !== null &&
        typeof (d.content as { root?: unknown }).root === 'object';
      return valid ? (d as Draft) : null;
    } catch {
      return null;
    }
  }
}

let store: UnsavedStore | null = null;

/**
 * This page's store. A fresh tab id per page load: after F5 the previous page's drafts are orphans
 * and offered, like those of a crashed browser.
 */
export function unsavedStore(): UnsavedStore {
  if (store) return store;
  const tab = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const s = new UnsavedStore(window.localStorage, tab);
  store = s;
  s.beat();
  setInterval(() => s.beat(), HEARTBEAT_MS);
  window.addEventListener('pagehide', () => s.leave());
  window.addEventListener('pageshow', () => s.beat());
  window.addEventListener('beforeunload', (event) => {
    if (!s.hasOwn()) return;
    event.preventDefault();
    event.returnValue = '';
  });
  return s;
}

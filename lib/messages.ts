import type { Source, Term } from './glossary/schema';

/**
 * Messages between the content script, the background and the extension's
 * pages. One module so every sender and receiver agrees on the shapes.
 */

/** A glossary term found on a page, with how often it is marked there. */
export interface FoundTerm {
  termId: string;
  count: number;
  /** In a PDF shown by the viewer: the pages the term is on. */
  pages?: number[];
}

/** What the content script of a tab reports about its page. */
export interface PageTermsReply {
  url: string;
  title: string;
  /** Whether marking is on for this page right now. */
  on: boolean;
  /** Terms in the order they first appear on the page. */
  terms: FoundTerm[];
  /** When the content script began to load, on the page's clock: the start of "start to painted". */
  loadedAt?: number;
  /** Main-thread time spent loading our scripts' modules (the gate's, and the lens's if it was loaded). */
  startupMs?: number;
  /** Whether the lens was loaded into the page (entrypoints/lens.content), or the gate alone answers. */
  lensLoaded?: boolean;
  /**
   * The way from the gate's start (`loadedAt`) to the lens's first scan, on the page's clock: when the gate
   * first tested the text (after the page's first rendered frame), asked for the lens, and when the lens
   * began to load and had loaded. What is not known (a lens loaded for a command) is left out.
   */
  lensTimeline?: { firstTestAt?: number; lensRequestedAt?: number; lensLoadedAt: number; lensStartedAt: number };
  /** How the last full scan went, on the page's clock (performance.now()); for diagnostics and the benchmark. */
  scan?: {
    startedAt: number;
    finishedAt: number;
    blocks: number;
    marks: number;
    longestSliceMs: number;
    slices: number;
    /**
     * The scan's own main-thread time (its slices added up): the walk, the matching and the painting,
     * or the prefilter's test alone on a page it rules out. Set-up and start-up are not in it.
     */
    busyMs: number;
  };
}

/** What a card needs: the terms (the likely sense first), their successors, and the sources they cite. */
export interface CardData {
  terms: Term[];
  /** Terms named by `era.replacedBy` of the terms above, for the era line. */
  successors: Term[];
  sources: Source[];
}

/** Sent to a tab's content script with `browser.tabs.sendMessage`. */
export type ContentRequest =
  /** → PageTermsReply */
  | { type: 'get-page-terms' }
  /**
   * Scroll to the next occurrence of the term (after the last one revealed) and open its card. → RevealReply:
   * `hidden` when the page has the term only where the reader cannot see it (folded away).
   */
  | { type: 'reveal-term'; termId: string }
  /** Mark this page now, once, on a site outside the defaults (after activeTab injection). → { ok: true } */
  | { type: 'mark-once' }
  /** Keyboard commands, relayed by the background. → { ok: boolean } */
  | { type: 'next-mark' }
  | { type: 'previous-mark' }
  /** Explain the selected text: the background has looked it up (termId undefined: not in the glossary). → { ok: boolean } */
  | { type: 'explain-selection'; text: string; termId?: string };

/** Sent to the background with `browser.runtime.sendMessage`. */
export type BackgroundRequest =
  /** The content script's current term list, for the toolbar badge. */
  | { type: 'page-terms'; terms: FoundTerm[] }
  /** From the gate: inject the lens into the sending frame, whose page may hold a term. → { ok: boolean } */
  | { type: 'load-lens' }
  /** From the lens, as its first card opens: inject the card's surface into the sending frame. → { ok: boolean } */
  | { type: 'load-card' }
  /** From the gate, which does not read the settings: whether marking is on for `host`. → boolean */
  | { type: 'site-on'; host: string }
  /**
   * From the lens, which does not load zod: the schema's verdict on a stored copy of the settings that is not
   * in the form the schema returns. → Settings, or null if it is not valid
   */
  | { type: 'check-settings'; stored: unknown }
  /**
   * From the lens, when a stored copy of what it reads was written by another version of the extension: the
   * settings' two copies and the user's own terms, as the background's storage items read (and migrate) them.
   * → LensReads
   */
  | { type: 'read-for-lens' }
  /** From the lens, as above: the user's own terms as stored, made into glossary terms (invalid ones left out). → Term[] */
  | { type: 'local-terms'; stored: unknown[] }
  /** Open the letter builder (from a card), optionally on a template. */
  | { type: 'open-letter'; templateId?: string }
  /** Open the glossary page at a term, or searching for `query`. */
  | { type: 'open-glossary'; termId?: string; query?: string }
  /**
   * The data for a card: `termIds` are the candidates of one match; `context` the words around it; `spelledOut`
   * the sense the page gave the abbreviation where it wrote it out in full. → CardData
   */
  | { type: 'get-card'; termIds: string[]; context?: string; pageYear?: number; spelledOut?: string }
  /** Add a question to the letter basket. → { added: boolean } */
  | {
      type: 'add-question';
      question: {
        text: string;
        termId?: string;
        sourceRefs?: string[];
        pageTitle: string;
        pageUrl: string;
        pdfPage?: number;
      };
    };

export type LensMessage = ContentRequest | BackgroundRequest;

export function isLensMessage(value: unknown): value is LensMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The answer to 'reveal-term'. */
export type RevealReply = { ok: true } | { ok: false; hidden?: true };

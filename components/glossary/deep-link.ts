import { useEffect } from 'preact/hooks';

/** The term id a glossary address points at: glossary.html#control-total → "control-total". */
export function termIdFromHash(hash: string): string | undefined {
  const raw = hash.replace(/^#/, '');
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Calls back with the term id in the address now and whenever it changes (links, back and forward). */
export function useHashTerm(onTerm: (termId: string) => void): void {
  useEffect(() => {
    const follow = () => {
      const id = termIdFromHash(location.hash);
      if (id) onTerm(id);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [onTerm]);
}

/**
 * Scrolls an entry to the top and gives it focus, so keyboard and screen
 * reader users start reading where the link pointed, not at the top of the page.
 */
export function focusEntry(id: string): boolean {
  const entry = document.getElementById(id);
  if (!entry) return false;
  entry.scrollIntoView?.({ block: 'start' });
  entry.focus({ preventScroll: true });
  return true;
}

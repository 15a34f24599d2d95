import { useEffect, useRef } from 'preact/hooks';

export interface ViewerKeyActions {
  openFind(): void;
  closeAll(): void;
  zoom(how: 'in' | 'out' | 'fit'): void;
  stepMark(direction: 1 | -1): void;
}

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || /^(input|textarea|select)$/i.test(el.tagName)));
}

/**
 * The viewer's keys. Scrolling keys (arrows, Page Up/Down, Space, Home, End)
 * are the browser's own: the document scrolls in the window. Ctrl+F opens our
 * find bar, because the browser's would search the toolbar and not the pages
 * it has not laid out; Ctrl +/− zoom the document rather than the page;
 * ] and [ step through marked terms and open their cards.
 */
export function useViewerKeys(actions: ViewerKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = latest.current;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && (e.key === 'f' || e.key === 'F')) {
        e.preventDefault();
        a.openFind();
      } else if (mod && (e.key === '=' || e.key === '+')) {
        e.preventDefault();
        a.zoom('in');
      } else if (mod && (e.key === '-' || e.key === '_')) {
        e.preventDefault();
        a.zoom('out');
      } else if (mod && e.key === '0') {
        e.preventDefault();
        a.zoom('fit');
      } else if (e.key === 'Escape') {
        a.closeAll();
      } else if (!mod && !e.altKey && !typingIn(e.target) && (e.key === ']' || e.key === '[')) {
        e.preventDefault();
        a.stepMark(e.key === ']' ? 1 : -1);
      }
    };
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      latest.current.zoom(e.deltaY < 0 ? 'in' : 'out');
    };
    document.addEventListener('keydown', onKey);
    window.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('wheel', onWheel);
    };
  }, []);
}

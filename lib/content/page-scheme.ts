/**
 * How long after a change the page is looked at again. A switch is answered well within a reader's notice;
 * a page that toggles a class on <body> every 10 ms (the hostile suite's ticker) is looked at five times a
 * second rather than every frame, where each look, a computed style, raised our share of Chromium's main
 * thread on it from 1.6% to 4.0%.
 */
export const SCHEME_CHECK_MS = 200;

/**
 * Calls `changed`, at most once every SCHEME_CHECK_MS, when the page may have turned dark or light: the reader's colour
 * scheme changed (a page that follows it turns with it, at sunset on some systems), or the page's own
 * switch did. Council sites' "dark mode" and "high contrast" buttons set a class, a data attribute or a
 * style on <html> or <body>, or put in a new <body>. Only those two elements are watched, never what is
 * inside them, so a page that changes without end costs nothing here.
 */
export function watchPageScheme(doc: Document, changed: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const throttle = {
    request() {
      timer ??= setTimeout(() => {
        timer = undefined;
        changed();
      }, SCHEME_CHECK_MS);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
  const root = doc.documentElement;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        // A new <body> (Turbo, pjax, a theme switch that renders the page again) is watched in its turn.
        if (doc.body) observer.observe(doc.body, { attributes: true });
      } else if (record.target !== root && record.target !== doc.body) {
        continue;
      }
      throttle.request();
      return;
    }
  });
  if (root) observer.observe(root, { attributes: true, childList: true });
  if (doc.body) observer.observe(doc.body, { attributes: true });
  const scheme = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  const onScheme = () => throttle.request();
  scheme?.addEventListener('change', onScheme);
  return () => {
    observer.disconnect();
    scheme?.removeEventListener('change', onScheme);
    throttle.cancel();
  };
}

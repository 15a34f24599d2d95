/**
 * How long after a change the page is looked at again: well within a reader's notice of a switch. The
 * hostile suite's ticker toggles a class on <body> every 10 ms; looked at every frame, our share of
 * Chromium's main thread on it measured 3.95%; at this pace 1.90–2.21% over three runs, as it was before
 * the watch (1.63% and 2.80% in two runs).
 */
export const SCHEME_CHECK_MS = 200;

/**
 * Calls `changed`, at most once every SCHEME_CHECK_MS, when the page may have turned dark or light: the
 * reader's colour scheme changed (a page that follows it turns with it, at sunset on some systems), or the
 * page's own switch did. Council sites' "dark mode" and "high contrast" buttons set a class, a data
 * attribute or a style on <html> or <body>, or put in a new <body>. Only those two elements are watched,
 * never what is inside them, so a page that changes its content without end costs nothing here.
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

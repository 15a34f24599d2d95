import { useEffect, useRef, useState } from 'preact/hooks';
import { type InitialLetter, type LoadResult, loadInitialLetter } from './initial-letter';
import { LetterBuilder } from './LetterBuilder';
import { parseRoute, type Route, routeKey, routeSearch } from './route';
import { StartScreen } from './StartScreen';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; letter: InitialLetter }
  | { status: 'failed'; message: string };

function BuilderLoader(props: { route: Exclude<Route, { view: 'start' }>; onHome(notice?: string): void }) {
  const { route, onHome } = props;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const home = useRef(onHome);
  home.current = onHome;
  useEffect(() => {
    let live = true;
    loadInitialLetter(route)
      .catch((e: unknown): LoadResult => ({ ok: false, message: `The letter could not be opened: ${String(e)}` }))
      .then((r) => {
        if (!live) return;
        if (r.ok) setLoaded({ status: 'ready', letter: r.letter });
        else home.current(r.message);
      });
    return () => {
      live = false;
    };
  }, [route]);

  if (loaded.status !== 'ready')
    return (
      <main class="sl-letter-page">
        <p role="status">Opening your letter…</p>
      </main>
    );
  return (
    <LetterBuilder
      initial={loaded.letter}
      onHome={() => onHome()}
      // The address follows the saved draft without reloading it, so a reload reopens this draft.
      onCreated={(draftId) =>
        history.replaceState(null, '', `${location.pathname}${routeSearch({ view: 'draft', draftId })}`)
      }
    />
  );
}

const TITLES = { start: 'Write a letter', new: 'New letter', draft: 'Your letter' } as const;

/** The letter page: the start view or the builder, chosen by the address (?template=… or ?draft=…). */
export function LetterApp() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.search));
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    const onPop = () => setRoute(parseRoute(location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    document.title = `${TITLES[route.view]} – Scrutiny Lens`;
  }, [route.view]);

  const go = (next: Route, replace = false) => {
    const url = `${location.pathname}${routeSearch(next)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setRoute(next);
    // A new view is a new page to a screen reader: start it at its heading.
    setTimeout(() => {
      window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('h1')?.focus();
    }, 0);
  };

  if (route.view === 'start')
    return (
      <StartScreen
        notice={notice}
        onStart={(templateId) => {
          setNotice(undefined);
          go({ view: 'new', templateId });
        }}
        onOpen={(draftId) => {
          setNotice(undefined);
          go({ view: 'draft', draftId });
        }}
      />
    );
  return (
    <BuilderLoader
      key={routeKey(route)}
      route={route}
      onHome={(message) => {
        setNotice(message);
        go({ view: 'start' }, message !== undefined);
      }}
    />
  );
}

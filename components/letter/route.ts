/**
 * What the letter page shows is kept in its address, so a reload, the back
 * button and a bookmarked draft all land in the same place.
 */
export type Route = { view: 'start' } | { view: 'new'; templateId: string } | { view: 'draft'; draftId: string };

export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const draftId = params.get('draft');
  if (draftId) return { view: 'draft', draftId };
  const templateId = params.get('template');
  if (templateId) return { view: 'new', templateId };
  return { view: 'start' };
}

/** The query string for a route, '' for the start view. */
export function routeSearch(route: Route): string {
  switch (route.view) {
    case 'draft':
      return `?draft=${encodeURIComponent(route.draftId)}`;
    case 'new':
      return `?template=${encodeURIComponent(route.templateId)}`;
    default:
      return '';
  }
}

/** A key that changes whenever a different letter is opened, so its state starts afresh. */
export function routeKey(route: Route): string {
  return route.view === 'start' ? 'start' : route.view === 'new' ? `new:${route.templateId}` : `draft:${route.draftId}`;
}

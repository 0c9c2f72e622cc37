// Route splitting: a page's module is fetched when its route is first visited, so the sign-in
// page and the app shell do not carry every area's pages. While the first page of a fresh load
// is fetched, the layout around it is shown with a loading indicator in place of the page; on
// later navigations the current page stays until the next one is ready. A chunk that fails to
// load is a route error, shown by app/RouteErrorPage with its reload button.
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../components/Loading';
import { loadTextParts } from '../i18n';
import { ALL_TEXTS } from './route-texts';

/**
 * The route properties of a page loaded on demand: `load` imports the page module and returns
 * the element to show, guards (RequirePermission …) included.
 *
 *   { path: 'needs', ...lazyPage(async () => {
 *       const { NeedsPage } = await import('./NeedsPage');
 *       return <RequirePermission …><NeedsPage /></RequirePermission>;
 *   }) }
 */
export function lazyPage(
  load: () => Promise<ReactNode>,
  fallback: ReactNode = <Loading />,
): Pick<RouteObject, 'lazy' | 'hydrateFallbackElement'> {
  return {
    hydrateFallbackElement: fallback,
    lazy: async () => ({ element: await load() }),
  };
}

/**
 * The routes with their texts: each page waits for the parts' texts (lib/route-texts.ts) as well
 * as its module, so it never shows a key in place of a text.
 */
export function withTexts(parts: readonly string[], routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const { lazy, children } = route;
    const withParts: Partial<RouteObject> = {};
    if (typeof lazy === 'function')
      withParts.lazy = async () => {
        const [page] = await Promise.all([lazy(), loadTextParts(parts)]);
        fetchOtherTextsLater();
        return page;
      };
    if (children) withParts.children = withTexts(parts, children);
    return { ...route, ...withParts } as RouteObject;
  });
}

let otherTextsFetched = false;

/** Once the first page is in, the other pages' texts come while the reader reads it. */
function fetchOtherTextsLater() {
  if (otherTextsFetched) return;
  otherTextsFetched = true;
  setTimeout(() => void loadTextParts(ALL_TEXTS), 1500);
}

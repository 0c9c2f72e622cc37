// The search page, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';

export const searchRoutes: RouteObject[] = [
  {
    path: 'search',
    ...lazyPage(async () => {
      const { SearchPage } = await import('./SearchPage');
      return <SearchPage />;
    }),
  },
];

// The search page, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { SearchPage } from './SearchPage';

export const searchRoutes: RouteObject[] = [{ path: 'search', element: <SearchPage /> }];

// The logbook pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';

export const logbookRoutes: RouteObject[] = [];

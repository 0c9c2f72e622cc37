// The stafflists pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';

export const staffListRoutes: RouteObject[] = [];

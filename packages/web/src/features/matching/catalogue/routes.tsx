// The catalogue pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { CataloguePage } from './CataloguePage';

export const catalogueRoutes: RouteObject[] = [
  {
    path: 'catalogue',
    element: (
      <RequirePermission permission={PERMISSIONS.catalogueRead}>
        <CataloguePage />
      </RequirePermission>
    ),
  },
];

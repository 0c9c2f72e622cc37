// The taxonomy pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { TaxonomyPage } from './TaxonomyPage';

export const taxonomyRoutes: RouteObject[] = [
  {
    path: 'taxonomy',
    element: (
      <RequirePermission permission={PERMISSIONS.taxonomyManage}>
        <TaxonomyPage />
      </RequirePermission>
    ),
  },
];

// The taxonomy pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const taxonomyRoutes: RouteObject[] = [
  {
    path: 'taxonomy',
    ...lazyPage(async () => {
      const { TaxonomyPage } = await import('./TaxonomyPage');
      return (
        <RequirePermission permission={PERMISSIONS.taxonomyManage}>
          <TaxonomyPage />
        </RequirePermission>
      );
    }),
  },
];

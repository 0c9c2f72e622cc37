// The catalogue pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const catalogueRoutes: RouteObject[] = [
  {
    path: 'catalogue',
    ...lazyPage(async () => {
      const { CataloguePage } = await import('./CataloguePage');
      return (
        <RequirePermission permission={PERMISSIONS.catalogueRead}>
          <CataloguePage />
        </RequirePermission>
      );
    }),
  },
];

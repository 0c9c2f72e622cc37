// The documents pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const documentRoutes: RouteObject[] = [
  {
    path: 'company/documents',
    ...lazyPage(async () => {
      const { DocumentsPage } = await import('./DocumentsPage');
      return (
        <RequirePermission permission={PERMISSIONS.supplierProfileRead}>
          <DocumentsPage />
        </RequirePermission>
      );
    }),
  },
];

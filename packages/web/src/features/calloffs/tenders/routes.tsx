// The tenders pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const tenderRoutes: RouteObject[] = [
  {
    path: 'tenders',
    ...lazyPage(async () => {
      const { TendersPage } = await import('./TendersPage');
      return (
        <RequirePermission permission={PERMISSIONS.tendersRead}>
          <TendersPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'tenders/:calloffId',
    ...lazyPage(async () => {
      const { TenderPage } = await import('./TenderPage');
      return (
        <RequirePermission permission={PERMISSIONS.tendersRead}>
          <TenderPage />
        </RequirePermission>
      );
    }),
  },
];

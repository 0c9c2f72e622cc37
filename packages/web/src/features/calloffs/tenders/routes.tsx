// The tenders pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { TenderPage } from './TenderPage';
import { TendersPage } from './TendersPage';

export const tenderRoutes: RouteObject[] = [
  {
    path: 'tenders',
    element: (
      <RequirePermission permission={PERMISSIONS.tendersRead}>
        <TendersPage />
      </RequirePermission>
    ),
  },
  {
    path: 'tenders/:calloffId',
    element: (
      <RequirePermission permission={PERMISSIONS.tendersRead}>
        <TenderPage />
      </RequirePermission>
    ),
  },
];

// The agreements pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards';
import { PERMISSIONS } from '../../lib/types';
import { AgreementPage } from './AgreementPage';
import { AgreementsPage } from './AgreementsPage';

export const agreementRoutes: RouteObject[] = [
  {
    path: 'agreements',
    element: (
      <RequirePermission permission={PERMISSIONS.agreementsRead}>
        <AgreementsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'agreements/:agreementId',
    element: (
      <RequirePermission permission={PERMISSIONS.agreementsRead}>
        <AgreementPage />
      </RequirePermission>
    ),
  },
];
